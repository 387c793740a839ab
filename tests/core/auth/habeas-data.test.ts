import { describe, expect, it } from 'vitest';
import { ERASED_MARKER, erasePersonalFields } from '../../../src/core/auth/habeas-data';

describe('erasePersonalFields', () => {
  const payload = {
    eventId: 'rendicion-2026',
    method: 'cedula',
    checkedInAt: '2026-11-21T09:10:00-05:00',
    firstNames: 'Ana María',
    surnames: 'Peña Ríos',
    document: { type: 'CC', number: '43123456' },
    birthDate: '1980-02-03',
    lifeStage: 'adultez',
    sexAtBirth: 'mujer',
    ethnicity: 'afro',
    disabilities: ['visual'],
    contact: { phone: '3001234567' },
    territory: '03',
    consent: { accepted: true, textVersion: '2026-1' },
  };

  it('keeps what counts attendance and removes or marks what identifies the person', () => {
    expect(erasePersonalFields(payload)).toEqual({
      eventId: 'rendicion-2026',
      method: 'cedula',
      checkedInAt: '2026-11-21T09:10:00-05:00',
      firstNames: ERASED_MARKER,
      surnames: ERASED_MARKER,
      lifeStage: 'adultez',
      sexAtBirth: 'mujer',
      territory: '03',
      consent: { accepted: true, textVersion: '2026-1' },
    });
  });

  it('does not add a name where there was none, nor change the input', () => {
    const anonymous = { eventId: 'e', territory: '03' };
    expect(erasePersonalFields(anonymous)).toEqual(anonymous);
    expect(payload.document.number).toBe('43123456');
  });

  it('is idempotent', () => {
    const once = erasePersonalFields(payload);
    expect(erasePersonalFields(once)).toEqual(once);
  });
});
