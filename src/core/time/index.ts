export * from './civil-date';
export * from './colombian-holidays';
export * from './instant';
export * from './working-days';
