import type { DocumentNumberSegment } from './document-number';
import { isName, normalisedName } from './names';

export interface NameSegments {
  firstSurname?: string;
  secondSurname?: string;
  firstName?: string;
  middleName?: string;
  /** Index of the demographic block: the first segment after the names that is not a name. */
  blockIndex?: number;
}

/**
 * After the first surname come the second surname, the first name and, when the person has one,
 * the middle name. An absent middle name leaves no segment, so the names end where the first
 * non-name segment (the demographic block, which ends in the blood type's + or -) begins.
 */
export function readNameSegments(segments: readonly string[], number: DocumentNumberSegment): NameSegments {
  const surnameSource = number.gluedSurname !== '' ? number.gluedSurname : segments[number.index + 1];
  const namesFrom = number.gluedSurname !== '' ? number.index + 1 : number.index + 2;
  const firstSurname = surnameSource === undefined ? undefined : normalisedName(surnameSource);

  let blockIndex = namesFrom;
  while (blockIndex < segments.length && isName(segments[blockIndex] ?? '')) blockIndex++;
  const found = blockIndex < segments.length ? { blockIndex } : {};

  // Two or three names: anything else is a layout we do not know, and guessing would put a
  // surname in the first-name field.
  const given = segments.slice(namesFrom, blockIndex).map((segment) => normalisedName(segment) ?? '');
  if (given.length < 2 || given.length > 3) return { ...(firstSurname ? { firstSurname } : {}), ...found };
  const [secondSurname, firstName, middleName] = given;
  return {
    ...(firstSurname ? { firstSurname } : {}),
    ...(secondSurname ? { secondSurname } : {}),
    ...(firstName ? { firstName } : {}),
    ...(middleName ? { middleName } : {}),
    ...found,
  };
}
