export * from './publication';
export * from './public-wire';
