import { describe, expect, it } from 'vitest';
import { parseCedulaBarcode } from '../../../src/core/cedula';
import { asWindows1252String, syntheticCedula, type SyntheticCedulaOptions } from '../../support/cedula-fixtures';

// Values chosen so that no legitimate field could contain them by accident.
const secrets = { afisCode: '58193467', fingerCard: '62504918' };
const layouts: [string, SyntheticCedulaOptions][] = [
  ['10-digit cédula', {}],
  ['8-digit cédula', { numberLayout: '8-digit', documentNumber: '43876512' }],
  ['no middle name', { middleName: null }],
  ['tarjeta de identidad', { documentType: 'TI', birthDate: '2011-03-04' }],
  ['unreadable names', { firstName: null, middleName: null }],
  ['unreadable date', { birthDate: '1985-02-30' }],
];
const bloodTypes = ['O+', 'O-', 'A+', 'A-', 'B+', 'B-', 'AB+', 'AB-'];

describe('blood type, AFIS code and finger card never leave the parser', () => {
  it.each(layouts)('%s', (_, layout) => {
    for (const bloodType of bloodTypes) {
      const bytes = syntheticCedula({ ...layout, ...secrets, bloodType });
      for (const raw of [bytes, asWindows1252String(bytes)]) {
        const json = JSON.stringify(parseCedulaBarcode(raw));
        expect(json).not.toContain(bloodType);
        expect(json).not.toContain(secrets.afisCode);
        expect(json).not.toContain(secrets.fingerCard);
        expect(json).not.toMatch(/blood|sangre|afis|finger|huella|RH/i);
      }
    }
  });

  it('a reading has exactly the allowed properties, hidden ones included', () => {
    const result = parseCedulaBarcode(syntheticCedula(secrets));
    if (!result.ok) throw new Error('expected a reading');
    expect(Reflect.ownKeys(result.value).sort()).toEqual(
      ['birthDate', 'birthPlace', 'documentNumber', 'documentType', 'firstName', 'firstSurname', 'middleName', 'secondSurname', 'sex'],
    );
    expect(Reflect.ownKeys(result.value.birthPlace ?? {}).sort()).toEqual(['departmentCode', 'municipalityCode']);
    expect(Reflect.ownKeys(result).sort()).toEqual(['ok', 'value']);
  });
});
