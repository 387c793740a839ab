export * from './catalogue';
export * from './territory-title';
export * from './defaults';
export type { LifeStageCatalogue } from '../attendance/life-stages';
export { defaultPrivacyNotices, type PrivacyNotice, type PrivacyNotices } from '../attendance/privacy-notice';
