import { describe, expect, it } from 'vitest';
import { cedulaFormFields, parseCedulaBarcode, type CedulaReading } from '../../../src/core/cedula';
import { syntheticCedula } from '../../support/cedula-fixtures';

function reading(options: Parameters<typeof syntheticCedula>[0]): CedulaReading {
  const result = parseCedulaBarcode(syntheticCedula(options));
  if (!result.ok) throw new Error(result.problem.message);
  return result.value;
}

describe('cedulaFormFields pre-fills the attendance form', () => {
  it('maps document, names in title case, sex at birth and birth date', () => {
    expect(cedulaFormFields(reading({ bloodType: 'O-' }))).toEqual({
      document: { type: 'CC', number: '1037482915' },
      firstNames: 'Luz Marina',
      surnames: 'Peña Álvarez',
      fullName: 'Luz Marina Peña Álvarez',
      sexAtBirth: 'mujer',
      birthDate: '1984-07-23',
    });
  });

  it('keeps Spanish particles lower-case and skips an absent middle name', () => {
    const fields = cedulaFormFields(
      reading({ firstSurname: 'MUÑOZ', secondSurname: 'DE LA CRUZ', firstName: 'JOSÉ', middleName: null, sex: 'M' }),
    );
    expect(fields.fullName).toBe('José Muñoz de la Cruz');
    expect(fields.sexAtBirth).toBe('hombre');
  });

  it('capitalises each part of an apostrophe name', () => {
    expect(cedulaFormFields(reading({ secondSurname: "D'ALEMAN" })).surnames).toBe("Peña D'Aleman");
  });

  it('carries the tarjeta de identidad type and nothing from the barcode beyond the form fields', () => {
    const fields = cedulaFormFields(reading({ documentType: 'TI', documentNumber: '1020304050', birthDate: '2012-05-06' }));
    expect(fields.document).toEqual({ type: 'TI', number: '1020304050' });
    expect(Object.keys(fields).sort()).toEqual(['birthDate', 'document', 'firstNames', 'fullName', 'sexAtBirth', 'surnames']);
  });
});
