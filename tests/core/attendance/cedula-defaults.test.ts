import { describe, expect, it } from 'vitest';
import { attendanceEntryV2 } from '../../../src/core/attendance/attendance-entry-v2';
import { attendanceDefaultsFromCedula, type CedulaReadingLike } from '../../../src/core/attendance/cedula-defaults';
import { titleCaseName } from '../../../src/core/attendance/person-name';
import { catalogues } from './fixtures';

const reading: CedulaReadingLike = {
  documentType: 'CC',
  documentNumber: '0043123456',
  firstName: 'ANA',
  middleName: 'MARIA',
  firstSurname: 'DE LA CRUZ',
  secondSurname: 'PEÑA',
  sex: 'F',
  birthDate: '19900517',
};
const options = { catalogues, today: '2026-11-21' };

describe('form defaults from a cédula reading', () => {
  it('fills document, names, sex, birth date and the life stage of today', () => {
    expect(attendanceDefaultsFromCedula(reading, options)).toEqual({
      method: 'cedula',
      document: { type: 'CC', number: '43123456' },
      firstNames: 'Ana Maria',
      surnames: 'De la Cruz Peña',
      sexAtBirth: 'mujer',
      birthDate: '1990-05-17',
      lifeStage: 'adultez',
    });
  });

  it('works without middle name or second surname, and for a hand-held reader', () => {
    const defaults = attendanceDefaultsFromCedula(
      { ...reading, middleName: undefined, secondSurname: undefined, sex: 'M', birthDate: '2010-01-01' },
      { ...options, method: 'reader' },
    );
    expect(defaults).toMatchObject({ method: 'reader', firstNames: 'Ana', surnames: 'De la Cruz', sexAtBirth: 'hombre', lifeStage: 'adolescencia' });
  });

  it('leaves out what does not fit instead of guessing', () => {
    const defaults = attendanceDefaultsFromCedula({ ...reading, documentType: 'ZZ', sex: '?', birthDate: '19901332' }, options);
    expect(defaults).toEqual({ method: 'cedula', firstNames: 'Ana Maria', surnames: 'De la Cruz Peña' });
  });

  it('gives defaults that make a valid record once the person consents', () => {
    const defaults = attendanceDefaultsFromCedula(reading, options);
    const payload = {
      ...defaults,
      eventId: 'atril-comuna-3',
      checkedInAt: '2026-11-21T10:00:00-05:00',
      territory: '03',
      consent: { accepted: true, textVersion: '2026-1' },
    };
    expect(attendanceEntryV2(catalogues).safeParse(payload).error?.issues).toBeUndefined();
  });

  it('title-cases names as people write them', () => {
    expect(titleCaseName('  JOSÉ   DEL  CARMEN ')).toBe('José del Carmen');
    expect(titleCaseName("MARIA-JOSE O'NEILL")).toBe("Maria-Jose O'Neill");
    expect(titleCaseName('DE LOS RIOS')).toBe('De los Rios');
  });
});
