export * from './catalogue';
export * from './defaults';
export type { LifeStageCatalogue } from '../attendance/life-stages';
export { defaultPrivacyNotices, type PrivacyNotice, type PrivacyNotices } from '../attendance/privacy-notice';
