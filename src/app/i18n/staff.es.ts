/** Spanish texts of the staff areas (door, reports, auth), loaded with the first staff screen; English twin in staff.en.ts. */
import { doorEs } from './door.es';
import { reportsEs } from './reports.es';
import { authEs } from './auth.es';
import { settingsEs } from './settings.es';
// The header's own labels (staff chrome) and the commitments screens; the citizen's tracking page loads the
// commitments' texts alone (i18n/index.ts).
import { commitmentsEs } from './commitments.es';
import { homeEs } from './home.es';
import { officePagesEs } from './office-pages.es';
import { formsStaffEs } from './forms-staff.es';

export const staffEs = { ...doorEs, ...reportsEs, ...authEs, ...settingsEs, ...commitmentsEs, ...homeEs, ...formsStaffEs, ...officePagesEs } as const;

export type StaffDictionary = Record<keyof typeof staffEs, string>;
