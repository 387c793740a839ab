import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { isUuidV7, uuidV7 } from '../../../src/core/ids/uuidv7';

describe('uuidV7', () => {
  it('has version 7, the RFC variant and lower-case hex', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 48 - 1 }), fc.uint8Array({ minLength: 10, maxLength: 10 }), (ms, rnd) => {
        expect(isUuidV7(uuidV7(ms, rnd))).toBe(true);
      }),
    );
  });

  it('sorts by creation time, so newer ids come later in an index', () => {
    const zeros = new Uint8Array(10).fill(255);
    const ones = new Uint8Array(10);
    expect(uuidV7(1_700_000_000_000, zeros) < uuidV7(1_700_000_000_001, ones)).toBe(true);
  });

  it('encodes the millisecond timestamp in the first 48 bits', () => {
    const id = uuidV7(0x0123456789ab, new Uint8Array(10));
    expect(id.startsWith('01234567-89ab-7')).toBe(true);
  });

  it('refuses too few random bytes instead of making weak ids', () => {
    expect(() => uuidV7(1, new Uint8Array(4))).toThrow(RangeError);
  });
});
