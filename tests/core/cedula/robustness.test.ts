import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseCedulaBarcode } from '../../../src/core/cedula';
import { asLatin1String, syntheticCedula } from '../../support/cedula-fixtures';

const NAME = /^[A-Za-zÀ-ÖØ-öø-ÿ]+(?:(?: |'|' )[A-Za-zÀ-ÖØ-öø-ÿ]+)*$/;

/** Always a Result; a reading, when there is one, only ever holds validated values. */
function expectWellFormed(raw: string | Uint8Array) {
  const result = parseCedulaBarcode(raw);
  if (!result.ok) {
    expect(['cedula.unrecognised', 'cedula.unreadable']).toContain(result.problem.code);
    return;
  }
  const r = result.value;
  expect(r.documentNumber).toMatch(/^[1-9]\d{2,9}$/);
  for (const name of [r.firstSurname, r.firstName, r.secondSurname, r.middleName]) {
    if (name !== undefined) expect(name).toMatch(NAME);
  }
  expect(r.sex).toMatch(/^[MF]$/);
  expect(r.birthDate).toMatch(/^(19\d\d|20\d\d|2100)-\d\d-\d\d$/);
}

// Segments built from the characters a cédula is made of, so the search reaches deep into the parser.
const cedulaLike = fc
  .array(fc.stringMatching(/^[0-9A-ZÑÁ+\- '\u0000\u0080\u00ff]{0,30}$/), { maxLength: 12 })
  .map((segments) => `03123\u0000PubDSK_1\u0000${segments.join('\u0000\u0000')}`);

describe('parseCedulaBarcode never throws', () => {
  it('on random bytes', () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 1200 }), expectWellFormed), { numRuns: 300 });
  });

  it('on random text, including characters no byte decodes to', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 600 }), expectWellFormed), { numRuns: 300 });
  });

  it('on cédula-like segments after the marker', () => {
    fc.assert(fc.property(cedulaLike, expectWellFormed), { numRuns: 500 });
  });

  it('on damaged cards: bytes overwritten at random places', () => {
    const card = syntheticCedula();
    const damage = fc.array(fc.tuple(fc.nat({ max: card.length - 1 }), fc.integer({ min: 0, max: 255 })), { maxLength: 8 });
    fc.assert(
      fc.property(damage, (hits) => {
        const damaged = card.slice();
        for (const [at, byte] of hits) damaged[at] = byte;
        expectWellFormed(damaged);
      }),
      { numRuns: 500 },
    );
  });

  it('on every truncation of a card, never reading something different', () => {
    const full = parseCedulaBarcode(syntheticCedula());
    if (!full.ok) throw new Error('fixture must parse');
    const { birthPlace: _, ...core } = full.value;
    const text = asLatin1String(syntheticCedula());
    for (let length = 0; length <= text.length; length++) {
      const result = parseCedulaBarcode(text.slice(0, length));
      // A cut before the birthplace digits may leave it out; everything else is all or nothing.
      if (result.ok) expect(result.value).toMatchObject(core);
    }
  });

  it('on values that are not text or bytes at all (untyped callers)', () => {
    for (const raw of [undefined, null, 42, {}, ['PubDSK_']]) {
      expect(parseCedulaBarcode(raw as unknown as string).ok).toBe(false);
    }
  });
});
