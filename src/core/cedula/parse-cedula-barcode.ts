import { fail, ok, type Result } from '../result';
import { unreadableCedula, unrecognisedCedula, type UnreadablePart } from './cedula-problems';
import type { CedulaParseOptions, CedulaReading } from './cedula-reading';
import { readDemographics } from './demographics';
import { documentNumberFrom, findDocumentNumber } from './document-number';
import { latin1Text } from './latin1-text';
import { readNameSegments } from './name-segments';
import { nulSeparatedSegments } from './segments';

const CEDULA_MARKER = 'PubDSK_';
// A PDF417 symbol holds at most about 1.1 kB of bytes; anything longer did not come from one.
const MAX_BARCODE_LENGTH = 2048;

function isBarcodeInput(raw: unknown): raw is string | Uint8Array {
  return typeof raw === 'string' || raw instanceof Uint8Array;
}

/**
 * Reads the PDF417 on the back of the old (yellow) cédula and of the tarjeta de identidad
 * (docs/cedula-barcodes.md). Only the fields of CedulaReading leave this function: the blood type,
 * the AFIS code and the finger-card number are stepped over and never copied anywhere.
 */
export function parseCedulaBarcode(raw: string | Uint8Array, options: CedulaParseOptions = {}): Result<CedulaReading> {
  if (!isBarcodeInput(raw) || raw.length > MAX_BARCODE_LENGTH) return fail(unrecognisedCedula());
  const text = latin1Text(raw);
  if (!text.includes(CEDULA_MARKER)) return fail(unrecognisedCedula());

  const segments = nulSeparatedSegments(text);
  const markerIndex = segments.findIndex((segment) => segment.includes(CEDULA_MARKER));
  const number = findDocumentNumber(segments, markerIndex + 1);
  if (!number) return fail(unreadableCedula(['documentNumber']));

  const documentNumber = documentNumberFrom(number.paddedNumber);
  const names = readNameSegments(segments, number);
  const block = names.blockIndex === undefined ? undefined : segments[names.blockIndex];
  const demographics = block === undefined ? {} : readDemographics(block, options.today);

  const { firstSurname, secondSurname, firstName, middleName } = names;
  const { sex, birthDate, birthPlace } = demographics;
  if (!documentNumber || !firstSurname || !firstName || !sex || !birthDate) {
    const missing: UnreadablePart[] = [];
    if (!documentNumber) missing.push('documentNumber');
    if (!firstSurname) missing.push('firstSurname');
    if (!firstName) missing.push('firstName');
    if (!sex) missing.push('sex');
    if (!birthDate) missing.push('birthDate');
    return fail(unreadableCedula(missing));
  }

  // Built field by field so that nothing else the barcode held can ride along.
  const reading: CedulaReading = {
    documentType: number.documentType,
    documentNumber,
    firstSurname,
    ...(secondSurname ? { secondSurname } : {}),
    firstName,
    ...(middleName ? { middleName } : {}),
    sex,
    birthDate,
    ...(birthPlace ? { birthPlace: { ...birthPlace } } : {}),
  };
  return ok(reading);
}
