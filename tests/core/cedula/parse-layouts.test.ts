import { describe, expect, it } from 'vitest';
import { parseCedulaBarcode } from '../../../src/core/cedula';
import {
  asLatin1String,
  asWindows1252String,
  CEDULA_LENGTH,
  syntheticCedula,
} from '../../support/cedula-fixtures';

const person = {
  firstSurname: 'PEÑA',
  secondSurname: 'ÁLVAREZ',
  firstName: 'LUZ',
  middleName: 'MARINA',
  sex: 'F',
  birthDate: '1984-07-23',
  birthPlace: { municipalityCode: '05', departmentCode: '001' },
} as const;

describe('parseCedulaBarcode reads each known layout', () => {
  it('fixtures are card-sized and carry bytes a browser decoder would turn into Windows-1252', () => {
    const bytes = syntheticCedula();
    expect(bytes.length).toBe(CEDULA_LENGTH);
    expect(asWindows1252String(bytes)).not.toBe(asLatin1String(bytes));
  });

  it('cédula with the 10-digit number glued to the finger card', () => {
    expect(parseCedulaBarcode(syntheticCedula())).toEqual({
      ok: true,
      value: { documentType: 'CC', documentNumber: '1037482915', ...person },
    });
  });

  it('drops the zero padding of a short number in the 10-digit field', () => {
    const result = parseCedulaBarcode(syntheticCedula({ documentNumber: '71234' }));
    expect(result.ok && result.value.documentNumber).toBe('71234');
  });

  it('cédula with the finger card alone and an 8-digit number', () => {
    const bytes = syntheticCedula({ numberLayout: '8-digit', documentNumber: '43876512' });
    expect(parseCedulaBarcode(bytes)).toEqual({
      ok: true,
      value: { documentType: 'CC', documentNumber: '43876512', ...person },
    });
  });

  it('a finger card with letters does not hide the number', () => {
    const result = parseCedulaBarcode(syntheticCedula({ fingerCard: 'K7Q2M9X4' }));
    expect(result.ok && result.value.documentNumber).toBe('1037482915');
  });

  it('no middle name: the demographic block follows the first name', () => {
    const { middleName: _, ...withoutMiddle } = person;
    expect(parseCedulaBarcode(syntheticCedula({ middleName: null, bloodType: 'O+' }))).toEqual({
      ok: true,
      value: { documentType: 'CC', documentNumber: '1037482915', ...withoutMiddle },
    });
  });

  it('tarjeta de identidad: names start one segment after the number', () => {
    const bytes = syntheticCedula({ documentType: 'TI', documentNumber: '1020304050', sex: 'M', birthDate: '2012-02-29' });
    expect(parseCedulaBarcode(bytes)).toEqual({
      ok: true,
      value: { ...person, documentType: 'TI', documentNumber: '1020304050', sex: 'M', birthDate: '2012-02-29' },
    });
  });

  it('keeps accents, Ñ, spaces and apostrophes in names', () => {
    const bytes = syntheticCedula({ firstSurname: 'MUÑOZ', secondSurname: 'DE LA CRUZ', firstName: 'JOSÉ', middleName: "D'ÁNGELO" });
    const result = parseCedulaBarcode(bytes);
    expect(result.ok && [result.value.firstSurname, result.value.secondSurname, result.value.firstName, result.value.middleName])
      .toEqual(['MUÑOZ', 'DE LA CRUZ', 'JOSÉ', "D'ÁNGELO"]);
  });

  it.each([
    ['bytes', (b: Uint8Array) => b],
    ['a latin-1 string', asLatin1String],
    ['a Windows-1252 string (browser decoder)', asWindows1252String],
  ])('gives the same reading from %s', (_, asInput) => {
    const bytes = syntheticCedula({ afisCode: '8\u0080\u0099\u009f5432' });
    const expected = parseCedulaBarcode(bytes);
    expect(expected.ok).toBe(true);
    expect(parseCedulaBarcode(asInput(bytes))).toEqual(expected);
  });

  it('accepts a birth date up to the injected today', () => {
    const bytes = syntheticCedula({ birthDate: '2025-06-01' });
    expect(parseCedulaBarcode(bytes, { today: '2025-06-01' }).ok).toBe(true);
  });
});
