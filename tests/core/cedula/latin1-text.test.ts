import { describe, expect, it } from 'vitest';
import { latin1Text } from '../../../src/core/cedula';
import { asLatin1String, asWindows1252String } from '../../support/cedula-fixtures';

const everyByte = Uint8Array.from({ length: 256 }, (_, byte) => byte);

describe('latin1Text turns scanner output back into bytes', () => {
  it('keeps bytes as they are', () => {
    expect(latin1Text(everyByte)).toBe(asLatin1String(everyByte));
  });

  it('maps every Windows-1252 character of 0x80–0x9F back to its byte', () => {
    expect(latin1Text(asWindows1252String(everyByte))).toBe(asLatin1String(everyByte));
    expect(latin1Text('€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ')).toBe(
      String.fromCharCode(0x80, 0x82, 0x83, 0x84, 0x85, 0x86, 0x87, 0x88, 0x89, 0x8a, 0x8b, 0x8c, 0x8e,
        0x91, 0x92, 0x93, 0x94, 0x95, 0x96, 0x97, 0x98, 0x99, 0x9a, 0x9b, 0x9c, 0x9e, 0x9f),
    );
  });

  it('marks characters no byte produces instead of guessing', () => {
    expect(latin1Text('A\u4e2d😀')).toBe('A\ufffd\ufffd\ufffd');
  });
});
