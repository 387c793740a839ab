export * from './csv-cell';
export * from './csv-writer';
export * from './open-data-table';
export * from './open-data-names';
export * from './attendance-open-data';
export * from './event-indicators-open-data';
export * from './commitments-open-data';
