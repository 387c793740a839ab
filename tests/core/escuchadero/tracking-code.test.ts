import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  formatTrackingCode,
  newTrackingCode,
  parseTrackingCode,
  TRACKING_ALPHABET,
  TRACKING_CODE_LENGTH,
} from '../../../src/core/escuchadero/tracking-code';

/** A random source that hands out the given bytes in order (fast-check decides them). */
const source = (bytes: number[]) => {
  let i = 0;
  return (count: number) => Uint8Array.from({ length: count }, () => bytes[i++ % bytes.length]!);
};
const bytesArb = fc.array(fc.integer({ min: 0, max: 255 }), { minLength: 1, maxLength: 64 }).filter((b) => b.some((x) => x < 252));

describe('tracking codes', () => {
  it('use an alphabet without look-alikes, each symbol once', () => {
    for (const lookAlike of '0O1IL2Z5S8BGQUV') expect(TRACKING_ALPHABET).not.toContain(lookAlike);
    expect(new Set(TRACKING_ALPHABET).size).toBe(TRACKING_ALPHABET.length);
    expect(TRACKING_ALPHABET).toMatch(/^[A-Z0-9]+$/);
  });

  it('are 8 symbols of the alphabet by default, 6 to 8 on request', () => {
    fc.assert(
      fc.property(bytesArb, fc.integer({ min: 6, max: 8 }), (bytes, length) => {
        const code = newTrackingCode(source(bytes));
        expect(code).toHaveLength(TRACKING_CODE_LENGTH);
        expect([...code].every((c) => TRACKING_ALPHABET.includes(c))).toBe(true);
        expect(newTrackingCode(source(bytes), length)).toHaveLength(length);
      }),
      { numRuns: 200 },
    );
    expect(() => newTrackingCode(source([1]), 5)).toThrow(RangeError);
  });

  it('skip bytes that would bias the draw', () => {
    // 252..255 are redrawn; 0 and 21 both map to the first symbol.
    expect(newTrackingCode(source([255, 252, 0, 21, 1, 2, 3, 4, 5, 6]))).toBe(`${TRACKING_ALPHABET[0]}${TRACKING_ALPHABET[0]}${TRACKING_ALPHABET.slice(1, 7)}`);
  });

  it('are read back however a person types them (case, spaces, dashes)', () => {
    fc.assert(
      fc.property(bytesArb, fc.array(fc.constantFrom(' ', '-', '  ', ' - ', '.'), { minLength: 8, maxLength: 8 }), fc.boolean(), (bytes, seps, lower) => {
        const code = newTrackingCode(source(bytes));
        const typed = [...code].map((c, i) => c + (i % 2 ? seps[i] : '')).join('');
        expect(parseTrackingCode(lower ? typed.toLowerCase() : typed)).toEqual({ ok: true, value: code });
        expect(parseTrackingCode(` ${formatTrackingCode(code).toLowerCase()} `)).toEqual({ ok: true, value: code });
      }),
      { numRuns: 200 },
    );
    expect(formatTrackingCode('ACDEFHJK')).toBe('ACDE-FHJK');
  });

  it('refuse look-alikes and wrong lengths instead of guessing', () => {
    for (const typed of ['ACDE-FHJO', 'acde fhj1', 'ACDEF', 'ACDEFHJKM', '', 'ACDE—FHJK']) {
      expect(parseTrackingCode(typed)).toMatchObject({ ok: false, problem: { code: 'escuchadero.tracking_code_invalid' } });
    }
  });
});
