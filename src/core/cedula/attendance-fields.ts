import type { CedulaDocumentType, CedulaReading } from './cedula-reading';
import { displayName } from './display-name';

/**
 * What a scan pre-fills in the attendance form; the person still checks it before saving.
 * Field names follow src/core/attendance (firstNames, surnames, sexAtBirth in the catalogue's
 * 'mujer'/'hombre' words). The birthplace is not asked there, so it is not passed on.
 */
export interface CedulaFormFields {
  document: { type: CedulaDocumentType; number: string };
  firstNames: string;
  surnames: string;
  fullName: string;
  sexAtBirth: 'mujer' | 'hombre';
  birthDate: string;
}

// Joined before casing, so a particle inside the whole name stays lower-case ("Muñoz de la Cruz").
const joined = (...parts: (string | undefined)[]): string =>
  displayName(parts.filter((part): part is string => part !== undefined && part !== '').join(' '));

export function cedulaFormFields(reading: CedulaReading): CedulaFormFields {
  const firstNames = joined(reading.firstName, reading.middleName);
  const surnames = joined(reading.firstSurname, reading.secondSurname);
  return {
    document: { type: reading.documentType, number: reading.documentNumber },
    firstNames,
    surnames,
    fullName: joined(reading.firstName, reading.middleName, reading.firstSurname, reading.secondSurname),
    sexAtBirth: reading.sex === 'F' ? 'mujer' : 'hombre',
    birthDate: reading.birthDate,
  };
}
