import fc from 'fast-check';
import { uuidV7 } from '../../../../src/core/ids/uuidv7';
import { TRACKING_ALPHABET } from '../../../../src/core/escuchadero/tracking-code';
import { registrationPayload } from '../../events/fixtures';
import { escuchaderoAnswers, evaluationAnswers } from '../../forms/fixtures';

/** Where the fuzz aims valid-looking records: an event that exists on the server under test. */
export const FUZZ_EVENT_ID = 'fuzz-evento-2026';

/**
 * A fresh UUIDv7: fast-check's bias would otherwise repeat the same few ids across runs, and every
 * record would collide with an earlier one. Collisions are made on purpose (see hostile-records.ts).
 */
export const recordId = fc
  .noBias(fc.tuple(fc.integer({ min: 1_700_000_000_000, max: 1_900_000_000_000 }), fc.uint8Array({ minLength: 10, maxLength: 10 })))
  .map(([ms, bytes]) => uuidV7(ms, bytes));

export const trackingCode = fc.noBias(fc.string({ unit: fc.constantFrom(...TRACKING_ALPHABET), minLength: 8, maxLength: 8 }));

/** The device the fuzz pushes as (its credential): records naming another device are refused one by one. */
export const FUZZ_DEVICE_ID = 'tableta-puerta-1';
const deviceId = fc.oneof({ arbitrary: fc.constant(FUZZ_DEVICE_ID), weight: 3 }, { arbitrary: fc.constantFrom('celular-ciudadano', 'kiosco-7', 'web'), weight: 1 });
const createdAt = fc.constantFrom('2026-11-21T10:00:00-05:00', '2026-11-21T15:00:00Z', '2026-11-21T10:00:00.123-05:00');

const envelope = (kind: string, schemaVersion: number, payload: Record<string, unknown>) =>
  fc.record({ id: recordId, deviceId, createdAt }).map((e) => ({ id: e.id, kind, schemaVersion, deviceId: e.deviceId, createdAt: e.createdAt, payload }));

const personOver = fc.constantFrom<Record<string, unknown>>(
  {},
  { neighbourhood: 'Manrique Central', organisation: { type: 'jac', name: 'JAC Manrique' }, consent: { accepted: true, textVersion: '2026-1', sensitiveData: true } },
  { contact: { phone: '+57 300 123 4567', email: 'ana@example.co' } },
  { accessibilityOther: 'Silla de ruedas en primera fila', accessibilityNeeds: ['otra'] },
);

/** One valid record of each kind the server takes, with the text fields a fuzz can aim at. */
export const validRecord = (eventId = FUZZ_EVENT_ID): fc.Arbitrary<Record<string, unknown>> =>
  fc.oneof(
    envelope('attendance.entry', 1, {
      eventId,
      fullName: 'Ana María Peña',
      document: { type: 'CC', number: '43123456' },
      territory: '03',
      consent: { accepted: true, textVersion: '2026-1' },
    }),
    personOver.chain((over) =>
      envelope('attendance.entry', 2, {
        eventId,
        method: 'cedula',
        checkedInAt: '2026-11-21T10:00:00-05:00',
        firstNames: 'Ana María',
        surnames: 'Peña Ríos',
        document: { type: 'CC', number: '43123456' },
        territory: '03',
        consent: { accepted: true, textVersion: '2026-1' },
        ...over,
      }),
    ),
    envelope('attendance.anonymous', 1, { eventId, method: 'manual', checkedInAt: '2026-11-21T10:00:00-05:00', territory: '03' }),
    personOver.chain((over) => envelope('attendance.registration', 1, { ...registrationPayload(eventId), ...over })),
    envelope('form.submission', 1, { formId: 'evaluacion-audiencia', formVersion: 1, eventId, answers: evaluationAnswers({ comentarios: 'Muy buena la audiencia' }) }),
    trackingCode.chain((code) =>
      envelope('form.submission', 1, { formId: 'escuchadero', formVersion: 1, eventId, trackingCode: code, answers: escuchaderoAnswers() }),
    ),
  );

/** The body of POST /api/v1/events/:id/registrations: a registration payload plus the attendeeId. */
export const validRegistrationBody = (eventId: string): fc.Arbitrary<Record<string, unknown>> =>
  fc
    .record({ attendeeId: recordId, over: personOver, deviceId: fc.option(deviceId, { nil: undefined }) })
    .map(({ attendeeId, over, deviceId: device }) => ({ attendeeId, ...(device === undefined ? {} : { deviceId: device }), ...registrationPayload(eventId), ...over }));
