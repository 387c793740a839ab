export * from './event';
export * from './event-revision';
export * from './public-event';
export * from './event-agenda';
export * from './event-listing';
