import { isPlausibleBirthDate } from './calendar-date';
import type { CedulaBirthPlace, CedulaSex } from './cedula-reading';

export interface Demographics {
  sex?: CedulaSex;
  birthDate?: string;
  birthPlace?: CedulaBirthPlace;
}

// One leading character, sex, YYYYMMDD, then municipality (2) and department (3). The blood type
// that follows is outside every group on purpose: it is never read out of the block.
const BLOCK = /^.(.)(\d{4})(\d{2})(\d{2})(?:(\d{2})(\d{3}))?/s;

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
