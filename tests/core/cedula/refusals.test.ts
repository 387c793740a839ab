import { describe, expect, it } from 'vitest';
import { parseCedulaBarcode } from '../../../src/core/cedula';
import { problemCatalogue } from '../../../src/core/problems/catalogue';
import { problemStatus } from '../../../src/core/problems/problem';
import { asLatin1String, syntheticCedula, type SyntheticCedulaOptions } from '../../support/cedula-fixtures';

function refusal(raw: string | Uint8Array, today?: string) {
  const result = parseCedulaBarcode(raw, today === undefined ? {} : { today });
  if (result.ok) throw new Error(`expected a refusal, got ${JSON.stringify(result.value)}`);
  return result.problem;
}

const unreadableParts = (options: SyntheticCedulaOptions, today?: string) => {
  const problem = refusal(syntheticCedula(options), today);
  expect(problem.code).toBe('cedula.unreadable');
  return problem.details?.fields?.map((field) => field.path);
};

describe('parseCedulaBarcode refuses what it cannot vouch for', () => {
  it('both refusals are catalogued, in Spanish, with status 422', () => {
    expect(problemCatalogue['cedula.unrecognised'].es).toBe('Este código no parece el de una cédula colombiana. Registre los datos a mano.');
    expect(problemCatalogue['cedula.unreadable'].es).toBe('No se pudo leer la cédula completa. Verifique y complete los datos a mano.');
    expect(problemStatus('cedula.unrecognised')).toBe(422);
    expect(problemStatus('cedula.unreadable')).toBe(422);
  });

  it.each([
    ['a Cabildo QR pass', 'CABILDO:pase:0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b'],
    ['a URL', 'https://cabildo.example/escuchadero/evt-1'],
    ['an empty string', ''],
    ['garbage', '\u0000\u0000%%%\u00ff\u0000ABC12345678901234567PEREZ'],
    ['a card cut before its marker', asLatin1String(syntheticCedula().slice(0, 30))],
  ])('%s is not a cédula', (_, raw) => {
    const problem = refusal(raw);
    expect(problem).toEqual({ code: 'cedula.unrecognised', message: problemCatalogue['cedula.unrecognised'].es });
  });

  it('refuses input far longer than a PDF417 can hold', () => {
    expect(refusal(`PubDSK_${'A'.repeat(5000)}`).code).toBe('cedula.unrecognised');
  });

  it('a card cut right after the marker has no number', () => {
    expect(refusal(syntheticCedula().slice(0, 50)).details?.fields?.map((f) => f.path)).toEqual(['documentNumber']);
  });

  it('a card cut inside the names cannot be completed', () => {
    expect(refusal(syntheticCedula().slice(0, 120)).code).toBe('cedula.unreadable');
  });

  it('names missing', () => {
    expect(unreadableParts({ firstName: null, middleName: null })).toEqual(['firstName']);
  });

  it('too many name segments is a layout it does not know', () => {
    const problem = refusal(
      asLatin1String(syntheticCedula()).replace('MARINA', 'MARINA\u0000\u0000SOFÍA'),
    );
    expect(problem.details?.fields?.map((f) => f.path)).toEqual(['firstName']);
  });

  it.each([
    ['an all-zero number', { documentNumber: '0000000000' }, ['documentNumber']],
    ['a surname with digits', { firstSurname: 'P3ÑA' }, ['firstSurname']],
    ['a sex other than M/F', { sex: 'X' }, ['sex']],
    ['a day that does not exist', { birthDate: '1985-02-29' }, ['birthDate']],
    ['a month that does not exist', { birthDate: '1985-13-01' }, ['birthDate']],
    ['an implausible year', { birthDate: '1850-01-01' }, ['birthDate']],
    ['a worn date', { birthDate: '1984O723' }, ['sex', 'birthDate']],
  ] as const)('%s', (_, options, parts) => {
    expect(unreadableParts(options)).toEqual(parts);
  });

  it('a birth date after the injected today', () => {
    expect(unreadableParts({ birthDate: '2025-06-02' }, '2025-06-01')).toEqual(['birthDate']);
  });

  it('messages name the part, never its content', () => {
    const problem = refusal(syntheticCedula({ sex: 'X' }));
    expect(problem.details?.fields).toEqual([{ path: 'sex', code: 'unreadable', message: 'No se pudo leer el sexo.' }]);
  });
});
