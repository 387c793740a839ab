import { isCalendarDate } from '../time';
import type { CedulaBirthPlace, CedulaSex } from './cedula-reading';

export interface Demographics {
  sex?: CedulaSex;
  birthDate?: string;
  birthPlace?: CedulaBirthPlace;
}

// One leading character, sex, YYYYMMDD, then municipality (2) and department (3). The blood type
// that follows is outside every group on purpose: it is never read out of the block.
const BLOCK = /^.(.)(\d{4})(\d{2})(\d{2})(?:(\d{2})(\d{3}))?/s;

const OLDEST_PLAUSIBLE_YEAR = 1900;
const LATEST_PLAUSIBLE_YEAR = 2100;

/** A real calendar day in a plausible range for a living person's birth, and not after `today`. */
function isPlausibleBirthDate(isoDate: string, today?: string): boolean {
  const year = Number(isoDate.slice(0, 4));
  if (!isCalendarDate(isoDate) || year < OLDEST_PLAUSIBLE_YEAR || year > LATEST_PLAUSIBLE_YEAR) return false;
  // ISO dates compare correctly as text; a malformed `today` is ignored rather than trusted.
  return today === undefined || !isCalendarDate(today) || isoDate <= today;
}

/** Reads what the block holds; a part that does not validate is left out for the caller to report. */
export function readDemographics(segment: string, today?: string): Demographics {
  const match = BLOCK.exec(segment);
  if (!match) return {};
  const [, sex, year, month, day, municipalityCode, departmentCode] = match;
  const birthDate = `${year}-${month}-${day}`;
  return {
    ...(sex === 'M' || sex === 'F' ? { sex } : {}),
    ...(isPlausibleBirthDate(birthDate, today) ? { birthDate } : {}),
    ...(municipalityCode && departmentCode ? { birthPlace: { municipalityCode, departmentCode } } : {}),
  };
}
