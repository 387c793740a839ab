export * from './commitment';
export * from './commitment-status';
