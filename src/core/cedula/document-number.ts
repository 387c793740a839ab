import type { CedulaDocumentType } from './cedula-reading';

/** Where the document number was found and where the names begin. */
export interface DocumentNumberSegment {
  index: number;
  documentType: CedulaDocumentType;
  /** The number as printed, still zero-padded. */
  paddedNumber: string;
  /** The first surname when the card glues it to the number; empty when it starts the next segment. */
  gluedSurname: string;
}

// The finger-card number (8 characters) precedes the document number in the same segment. It is
// matched only to be stepped over: never captured, never returned.
const FINGER_CARD_THEN_NUMBER = /^[0-9A-Za-z]{8}(\d{10})(?!\d)(.*)$/s;
const FINGER_CARD_THEN_SHORT_NUMBER = /^[0-9A-Za-z]{8}(\d{8})(?!\d)(.+)$/s;
// Other generations put the finger card in a segment of its own; the number then opens the next one.
const NUMBER_THEN_SURNAME = /^(\d{10}|\d{8})(?!\d)(.+)$/s;

function readSegment(segment: string): { paddedNumber: string; rest: string } | undefined {
  const match =
    FINGER_CARD_THEN_NUMBER.exec(segment) ??
    FINGER_CARD_THEN_SHORT_NUMBER.exec(segment) ??
    NUMBER_THEN_SURNAME.exec(segment);
  if (!match) return undefined;
  return { paddedNumber: match[1] ?? '', rest: match[2] ?? '' };
}

/**
 * Searches from `from` on rather than trusting a fixed position, because the segments before the
 * number differ between card generations. A number with nothing glued after it is the tarjeta de
 * identidad layout, whose names start one segment later.
 */
export function findDocumentNumber(segments: readonly string[], from: number): DocumentNumberSegment | undefined {
  for (let index = Math.max(0, from); index < segments.length; index++) {
    const found = readSegment(segments[index] ?? '');
    if (!found) continue;
    return {
      index,
      documentType: found.rest === '' ? 'TI' : 'CC',
      paddedNumber: found.paddedNumber,
      gluedSurname: found.rest,
    };
  }
  return undefined;
}

/** Drops the card's left zero padding; refuses numbers too short to be a real document. */
export function documentNumberFrom(paddedNumber: string): string | undefined {
  const number = paddedNumber.replace(/^0+/, '');
  return /^\d{3,10}$/.test(number) ? number : undefined;
}
