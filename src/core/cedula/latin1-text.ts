/**
 * Turns whatever the scanner produced into a "byte string": one character per byte, code 0–255.
 *
 * Browser decoders label the bytes ISO-8859-1 but decode them as Windows-1252 (the WHATWG
 * encoding standard aliases the two), so bytes 0x80–0x9F come back as € ‚ ƒ … ™ and friends.
 * Those are mapped back to their byte; anything that no byte can produce becomes U+FFFD, which
 * later fails validation instead of being silently misread.
 */
const WINDOWS_1252_TO_BYTE: ReadonlyMap<number, number> = new Map([
  [0x20ac, 0x80], [0x201a, 0x82], [0x0192, 0x83], [0x201e, 0x84], [0x2026, 0x85], [0x2020, 0x86],
  [0x2021, 0x87], [0x02c6, 0x88], [0x2030, 0x89], [0x0160, 0x8a], [0x2039, 0x8b], [0x0152, 0x8c],
  [0x017d, 0x8e], [0x2018, 0x91], [0x2019, 0x92], [0x201c, 0x93], [0x201d, 0x94], [0x2022, 0x95],
  [0x2013, 0x96], [0x2014, 0x97], [0x02dc, 0x98], [0x2122, 0x99], [0x0161, 0x9a], [0x203a, 0x9b],
  [0x0153, 0x9c], [0x017e, 0x9e], [0x0178, 0x9f],
]);

const NOT_A_BYTE = '\ufffd';

function byteOfCharacter(code: number): string {
  if (code <= 0xff) return String.fromCharCode(code);
  const byte = WINDOWS_1252_TO_BYTE.get(code);
  return byte === undefined ? NOT_A_BYTE : String.fromCharCode(byte);
}

export function latin1Text(raw: string | Uint8Array): string {
  const characters: string[] = [];
  if (typeof raw === 'string') {
    for (let i = 0; i < raw.length; i++) characters.push(byteOfCharacter(raw.charCodeAt(i)));
  } else {
    for (const byte of raw) characters.push(String.fromCharCode(byte));
  }
  return characters.join('');
}
