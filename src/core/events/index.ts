export * from './event';
export * from './event-revision';
