export * from './attendee';
export * from './base64url';
export * from './pass-claims';
export * from './pass-code';
export * from './registration';
