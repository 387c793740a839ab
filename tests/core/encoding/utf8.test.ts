import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { decodeUtf8Strict, encodeUtf8 } from '../../../src/core/encoding/utf8';

describe('utf8', () => {
  it('encodes exactly as the platform TextEncoder', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        expect(Array.from(encodeUtf8(text))).toEqual(Array.from(new TextEncoder().encode(text)));
      }),
    );
  });

  it('decodes what it encodes', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (text) => {
        expect(decodeUtf8Strict(encodeUtf8(text))).toBe(text);
      }),
    );
  });

  it('refuses invalid bytes where a fatal TextDecoder throws', () => {
    const fatal = new TextDecoder('utf-8', { fatal: true });
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 12 }), (bytes) => {
        let expected: string | undefined;
        try {
          expected = fatal.decode(bytes);
        } catch {
          expected = undefined;
        }
        expect(decodeUtf8Strict(bytes)).toBe(expected);
      }),
      { numRuns: 2000 },
    );
  });
});
