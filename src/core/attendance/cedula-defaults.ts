import type { Catalogues } from '../catalogues';
import type { CheckInMethod } from './check-in';
import { normaliseDocumentNumber } from './document-number';
import { lifeStageFor } from './life-stages';
import { joinNames, titleCaseName } from './person-name';
import { isCalendarDate } from '../time';

/**
 * What a cédula reading gives, described by shape only: the parser (src/core/cedula/) is another module
 * and has already discarded blood type and fingerprint data. Sex is 'M'/'F' as printed on the card.
 */
export interface CedulaReadingLike {
  documentType: string;
  documentNumber: string;
  firstName: string;
  middleName?: string | undefined;
  firstSurname: string;
  secondSurname?: string | undefined;
  sex: string;
  birthDate: string;
}

/** Pre-filled fields of the attendance form; the person still confirms them and gives consent. */
export interface AttendanceFormDefaults {
  method: CheckInMethod;
  document?: { type: string; number: string };
  firstNames?: string;
  surnames?: string;
  sexAtBirth?: string;
  birthDate?: string;
  lifeStage?: string;
}

const SEX_CODES: Record<string, string> = { F: 'mujer', M: 'hombre' };

const asIsoDate = (raw: string): string | undefined => {
  const text = raw.trim().replace(/^(\d{4})(\d{2})(\d{2})$/, '$1-$2-$3');
  return isCalendarDate(text) ? text : undefined;
};

/**
 * Maps a reading to form defaults. Anything that does not fit the catalogues is left out (the form asks
 * for it) rather than guessed. `today` (YYYY-MM-DD) is injected for the life stage.
 */
export function attendanceDefaultsFromCedula(
  reading: CedulaReadingLike,
  options: { catalogues: Catalogues; today: string; method?: 'cedula' | 'reader' },
): AttendanceFormDefaults {
  const { catalogues, today } = options;
  const defaults: AttendanceFormDefaults = { method: options.method ?? 'cedula' };
  const type = reading.documentType.trim().toUpperCase();
  const number = normaliseDocumentNumber(reading.documentNumber);
  if (catalogues.documentTypes.entries.some((e) => e.code === type) && /^[A-Z0-9-]{3,20}$/.test(number)) {
    defaults.document = { type, number };
  }
  const firstNames = titleCaseName(joinNames(reading.firstName, reading.middleName));
  const surnames = titleCaseName(joinNames(reading.firstSurname, reading.secondSurname));
  if (firstNames) defaults.firstNames = firstNames;
  if (surnames) defaults.surnames = surnames;
  const sex = SEX_CODES[reading.sex.trim().toUpperCase()];
  if (sex && catalogues.sexesAtBirth.entries.some((e) => e.code === sex)) defaults.sexAtBirth = sex;
  const birthDate = asIsoDate(reading.birthDate);
  const lifeStage = birthDate && lifeStageFor(catalogues.lifeStages, birthDate, today);
  if (birthDate && lifeStage) {
    defaults.birthDate = birthDate;
    defaults.lifeStage = lifeStage;
  }
  return defaults;
}
