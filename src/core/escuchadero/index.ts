export * from './tracking-code';
export * from './working-days';
export * from './case-status';
export * from './case-deadline';
