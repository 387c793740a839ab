import type { StaffDictionary } from './staff.es';
import { doorEn } from './door.en';
import { reportsEn } from './reports.en';
import { authEn } from './auth.en';
import { settingsEn } from './settings.en';
// The header's own labels (staff chrome) and the commitments screens; the citizen's tracking page loads the
// commitments' texts alone (i18n/index.ts).
import { commitmentsEn } from './commitments.en';
import { homeEn } from './home.en';
import { officePagesEn } from './office-pages.en';
import { formsStaffEn } from './forms-staff.en';

/** English twin of staff.es.ts (same keys). */
export const staffEn: StaffDictionary = { ...doorEn, ...reportsEn, ...authEn, ...settingsEn, ...commitmentsEn, ...homeEn, ...formsStaffEn, ...officePagesEn };
