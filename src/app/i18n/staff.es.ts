/** Spanish texts of the staff areas (door, reports, auth), loaded with the first staff screen; English twin in staff.en.ts. */
import { doorEs } from './door.es';
import { reportsEs } from './reports.es';
import { authEs } from './auth.es';
import { settingsEs } from './settings.es';

export const staffEs = { ...doorEs, ...reportsEs, ...authEs, ...settingsEs } as const;

export type StaffDictionary = Record<keyof typeof staffEs, string>;
