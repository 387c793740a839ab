import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeBase64Url, encodeBase64Url } from '../../../src/core/passes/base64url';

describe('base64url', () => {
  it('matches the RFC 4648 test vectors, without padding', () => {
    const vectors: [string, string][] = [['', ''], ['f', 'Zg'], ['fo', 'Zm8'], ['foo', 'Zm9v'], ['foob', 'Zm9vYg'], ['fooba', 'Zm9vYmE'], ['foobar', 'Zm9vYmFy']];
    for (const [plain, encoded] of vectors) {
      expect(encodeBase64Url(new TextEncoder().encode(plain))).toBe(encoded);
      expect(new TextDecoder().decode(decodeBase64Url(encoded))).toBe(plain);
    }
    expect(encodeBase64Url(new Uint8Array([0xfb, 0xff]))).toBe('-_8');
  });

  it('round-trips any bytes', () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 200 }), (bytes) => {
      expect(decodeBase64Url(encodeBase64Url(bytes))).toEqual(bytes);
    }));
  });

  it('accepts only the canonical spelling', () => {
    for (const text of ['Zg==', 'Zh', 'Z', 'Zm9v+', 'Zm/v', 'Zm9 v']) expect(decodeBase64Url(text)).toBeUndefined();
  });
});
