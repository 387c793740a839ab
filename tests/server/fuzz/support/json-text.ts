/**
 * Request bodies are written by hand, not by JSON.stringify, so that the fuzz can send what no
 * serialiser produces: bare NaN/Infinity/1e999 tokens, duplicate keys, 10,000 levels of nesting.
 */

/** JSON text inserted verbatim (it may be invalid JSON on purpose). */
export class RawJson {
  constructor(readonly text: string) {}
}

/** An object written with exactly these members, in this order, repeats included. */
export class JsonMembers {
  constructor(readonly members: readonly (readonly [string, unknown])[]) {}
}

export function jsonText(value: unknown): string {
  if (value instanceof RawJson) return value.text;
  if (value instanceof JsonMembers) return `{${value.members.map(([k, v]) => `${JSON.stringify(k)}:${jsonText(v)}`).join(',')}}`;
  if (Array.isArray(value)) return `[${value.map((v) => (v === undefined ? 'null' : jsonText(v))).join(',')}]`;
  if (typeof value === 'object' && value !== null) {
    // Own keys, so a "__proto__" defined as an own property is written like any other key.
    const parts: string[] = [];
    for (const key of Object.keys(value)) {
      const member = (value as Record<string, unknown>)[key];
      if (member !== undefined) parts.push(`${JSON.stringify(key)}:${jsonText(member)}`);
    }
    return `{${parts.join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

export const deepArrays = (levels: number, leaf = '1') => new RawJson(`${'['.repeat(levels)}${leaf}${']'.repeat(levels)}`);
export const deepObjects = (levels: number, key = 'a', leaf = '1') =>
  new RawJson(`${`{${JSON.stringify(key)}:`.repeat(levels)}${leaf}${'}'.repeat(levels)}`);

/** Sets an own property even for "__proto__", which plain assignment would treat as the prototype. */
export function defineOwn(target: Record<string, unknown>, key: string, value: unknown): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

/**
 * Marker written inside JSON strings and later swapped, in the encoded body, for raw invalid UTF-8.
 * JSON.stringify escapes U+0007 as the six ASCII characters below.
 */
export const INVALID_BYTES_MARK = '\u0007';
const MARK_TEXT = '\\u0007';

export const INVALID_UTF8_SEQUENCES: readonly number[][] = [
  [0xff],
  [0xfe, 0xfe],
  [0xc0, 0xaf], // overlong "/"
  [0xe0, 0x80, 0xaf], // overlong
  [0xed, 0xa0, 0x80], // a UTF-16 surrogate encoded as UTF-8
  [0xed, 0xbf, 0xbf],
  [0xf4, 0x90, 0x80, 0x80], // past U+10FFFF
  [0xc3], // truncated two-byte sequence
  [0xe2, 0x82], // truncated three-byte sequence
  [0x80, 0x80], // lone continuation bytes
  [0xf8, 0x88, 0x80, 0x80, 0x80], // five-byte form
];

/** The body as bytes, each marker replaced by one of the invalid sequences (cycling from `start`). */
export function withInvalidUtf8(text: string, start: number): Buffer {
  const pieces = text.split(MARK_TEXT);
  const parts: Buffer[] = [];
  pieces.forEach((piece, i) => {
    if (i > 0) parts.push(Buffer.from(INVALID_UTF8_SEQUENCES[(start + i) % INVALID_UTF8_SEQUENCES.length]!));
    parts.push(Buffer.from(piece, 'utf8'));
  });
  return Buffer.concat(parts);
}
