export * from './commitment';
export * from './commitment-status';
export * from './commitment-wire';
