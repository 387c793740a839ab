import fc from 'fast-check';
import { hostileText } from './hostile-values';

const UNRESERVED = /[A-Za-z0-9\-._~]/;

/** Percent-encodes the UTF-8 bytes of a text (a lone surrogate goes as U+FFFD, as any UTF-8 client sends it). */
export const encodeSegment = (text: string): string =>
  [...Buffer.from(text, 'utf8')].map((b) => (UNRESERVED.test(String.fromCharCode(b)) ? String.fromCharCode(b) : `%${b.toString(16).toUpperCase().padStart(2, '0')}`)).join('');

/** A URL path segment or query value as written on the wire: encoded hostile text, raw bytes, broken escapes. */
export const hostileSegment: fc.Arbitrary<string> = fc.oneof(
  { arbitrary: hostileText.map(encodeSegment), weight: 4 },
  { arbitrary: fc.uint8Array({ maxLength: 24 }).map((bytes) => [...bytes].map((b) => `%${b.toString(16).padStart(2, '0')}`).join('')), weight: 2 },
  { arbitrary: fc.constantFrom('%', '%G1', '%E0%A4%A', '%ED%A0%80', '%C0%AF', '%FF%FE', '%00', '%2F', '%2f..%2f', '..', '.', '%2E%2E', '%252F', ';x=1', '%3B', '+', '%20', 'a%00b', '%u0041', '__proto__', 'constructor', 'prototype'), weight: 2 },
  { arbitrary: fc.integer({ min: 100, max: 8_000 }).map((n) => 'A'.repeat(n)), weight: 1 },
);

/** The text a server gets from a segment, or undefined when the escapes are broken (servers differ there). */
export function decodedSegment(segment: string): string | undefined {
  try {
    return decodeURIComponent(segment);
  } catch {
    return undefined;
  }
}
