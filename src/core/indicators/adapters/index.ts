export * from './attendance-facts';
export * from './evaluation-facts';
export * from './escuchadero-facts';
export * from './catalogue-order';
