import type { StaffDictionary } from './staff.es';
import { doorEn } from './door.en';
import { reportsEn } from './reports.en';
import { authEn } from './auth.en';
import { settingsEn } from './settings.en';

/** English twin of staff.es.ts (same keys). */
export const staffEn: StaffDictionary = { ...doorEn, ...reportsEn, ...authEn, ...settingsEn };
