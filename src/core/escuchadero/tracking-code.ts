import * as z from 'zod/mini';
import { fail, ok, type Result } from '../result';
import { citizenProblem } from '../problems/citizen-problems';
import { citizenMessage } from '../problems/citizen-field-messages';

/**
 * Codes a person reads off a screen, writes on paper and types back on a phone, so no two
 * symbols may be confused: none of 0/O, 1/I/L, 2/Z, 5/S, 8/B; and, of the other pairs people mix up,
 * at most one member stays: 6 but no G, no Q (read as O), neither U nor V.
 * 21 symbols; 8 of them give 21^8 ≈ 3.8·10^10 codes, plenty for one municipality's years of entries
 * while staying short enough to dictate by phone. Shown in two groups of four: "ACDE-FHJK".
 */
export const TRACKING_ALPHABET = '34679ACDEFHJKMNPRTWXY';
export const TRACKING_CODE_LENGTH = 8;
export const MIN_TRACKING_CODE_LENGTH = 6;
export const MAX_TRACKING_CODE_LENGTH = 8;

export const TRACKING_CODE_PATTERN = new RegExp(`^[${TRACKING_ALPHABET}]{${MIN_TRACKING_CODE_LENGTH},${MAX_TRACKING_CODE_LENGTH}}$`);
export const trackingCodeSchema = z.string().check(z.regex(TRACKING_CODE_PATTERN, { error: citizenMessage('escuchadero.tracking_code') }));

// Bytes at or above this are redrawn, so that every symbol is equally likely (256 = 12·21 + 4).
const UNBIASED_LIMIT = Math.floor(256 / TRACKING_ALPHABET.length) * TRACKING_ALPHABET.length;

/** A new code from injected randomness (crypto.getRandomValues on the device, a seeded source in tests). */
export function newTrackingCode(randomBytes: (count: number) => Uint8Array, length = TRACKING_CODE_LENGTH): string {
  if (!Number.isInteger(length) || length < MIN_TRACKING_CODE_LENGTH || length > MAX_TRACKING_CODE_LENGTH) {
    throw new RangeError(`A tracking code has ${MIN_TRACKING_CODE_LENGTH} to ${MAX_TRACKING_CODE_LENGTH} symbols.`);
  }
  let code = '';
  while (code.length < length) {
    for (const byte of randomBytes(length - code.length)) {
      if (byte < UNBIASED_LIMIT && code.length < length) code += TRACKING_ALPHABET[byte % TRACKING_ALPHABET.length];
    }
  }
  return code;
}

/** As typed by a person: any case, with spaces, dashes or dots between groups. */
export function parseTrackingCode(typed: string): Result<string> {
  const code = typed.toUpperCase().replace(/[\s\-_.·]+/g, '');
  return TRACKING_CODE_PATTERN.test(code) ? ok(code) : fail(citizenProblem('escuchadero.tracking_code_invalid'));
}

/** For display: groups of four separated by a dash (the parser takes it back). */
export const formatTrackingCode = (code: string): string => code.match(/.{1,4}/g)?.join('-') ?? code;
