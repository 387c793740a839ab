import { beforeAll, describe, expect, it } from 'vitest';
import { defaultCatalogues as catalogues } from '../../../src/core/catalogues';
import { uuidV7 } from '../../../src/core/ids/uuidv7';
import { attendeeOfRegistration, attendeeSchema, issuedPassSchema } from '../../../src/core/passes/attendee';
import { encodePass, verifyPass } from '../../../src/core/passes/pass-code';
import type { RegistrationV1 } from '../../../src/core/passes/registration';
import type { ValidRecord } from '../../../src/core/records/envelope';
import { validateRecord } from '../../../src/core/records/kind-registry';
import { recordKinds } from '../../../src/core/records/registry';
import { ed25519Keys } from './ed25519';

const registry = recordKinds(catalogues);
const registration = {
  eventId: 'atril-comuna-3',
  registeredAt: '2026-11-10T19:30:00-05:00',
  fullName: 'Luis Ángel Mosquera',
  document: { type: 'CC', number: '1020304050' },
  territory: '08',
  accessibilityNeeds: ['interprete_lsc'],
  consent: { accepted: true, textVersion: '2026-1' },
};
const record = (payload: unknown) => ({
  id: uuidV7(1_762_820_000_000, new Uint8Array(10).fill(3)),
  kind: 'attendance.registration',
  schemaVersion: 1,
  deviceId: 'celular-ciudadano',
  createdAt: '2026-11-10T19:30:00-05:00',
  payload,
});

let valid: ValidRecord<RegistrationV1>;
beforeAll(() => {
  const result = validateRecord(registry, record(registration));
  if (!result.ok) throw new Error(JSON.stringify(result.problem));
  valid = result.value as ValidRecord<RegistrationV1>;
});

describe('pre-registration and the pass it earns', () => {
  it('checks the person like a full attendance record, against the registration date', () => {
    const result = validateRecord(registry, record({ ...registration, fullName: undefined, birthDate: '2026-11-11', consent: { accepted: false, textVersion: '2026-1' } }));
    const paths = result.ok ? [] : result.problem.details?.fields?.map((f) => f.path).sort();
    expect(paths).toEqual(['payload.birthDate', 'payload.consent.accepted', 'payload.firstNames', 'payload.surnames']);
  });

  it('refuses check-in fields: a registration is not an attendance', () => {
    expect(validateRecord(registry, record({ ...registration, method: 'pass' })).ok).toBe(false);
  });

  it('gives the door an attendee row without document or sensitive data', () => {
    const attendee = attendeeOfRegistration(valid);
    expect(attendee).toEqual({
      attendeeId: valid.id,
      eventId: 'atril-comuna-3',
      displayName: 'Luis Ángel Mosquera',
      registeredAt: registration.registeredAt,
      accessibilityNeeds: ['interprete_lsc'],
    });
    expect(attendeeSchema.safeParse(attendee).success).toBe(true);
    expect(attendeeSchema.safeParse({ ...attendee, document: registration.document }).success).toBe(false);
  });

  it('signs a pass for the registration id that the door verifies and the pass record accepts', async () => {
    const { sign, verify } = await ed25519Keys();
    const code = await encodePass({ attendeeId: valid.id, eventId: valid.payload.eventId, issuedAt: 1_762_820_100 }, sign);
    expect(issuedPassSchema.safeParse({ attendeeId: valid.id, eventId: 'atril-comuna-3', issuedAt: 1_762_820_100, code }).success).toBe(true);
    expect(issuedPassSchema.safeParse({ attendeeId: valid.id, eventId: 'atril-comuna-3', issuedAt: 1, code: 'PASE-123' }).success).toBe(false);
    const verified = await verifyPass(code, { expectedEventId: 'atril-comuna-3', verify });
    expect(verified.ok && verified.value.attendeeId).toBe(valid.id);
  });
});
