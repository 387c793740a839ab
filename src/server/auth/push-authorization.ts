import type { Context } from 'hono';
import { FORM_SUBMISSION_KIND } from '../../core/forms/form-submission';
import { KIOSK_PERSON_PREFIX } from '../../core/forms/answer-limit';
import type { ValidRecord } from '../../core/records/envelope';
import { problem, type Problem } from '../../core/problems/problem';
import { principalOf } from './authorize';
import { mayTouchEvent } from './principal';

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;

/**
 * Who may push this batch. Devices and staff who may write: anything. Anyone else: only citizens' form
 * submissions opened from a signed link (each link signature is then verified per record by the registry);
 * a consulta session may not push at all.
 */
export function authorizePush(c: Context, records: readonly unknown[]): Problem | undefined {
  const principal = principalOf(c);
  if (principal) return principal.role === 'consulta' ? problem('auth.forbidden') : undefined;
  // A kiosk turn counts as one person; only a kiosk (a device or a staff session) may claim one.
  const allCitizenLinked = records.every(
    (r) =>
      isObject(r) &&
      r.kind === FORM_SUBMISSION_KIND &&
      isObject(r.payload) &&
      isObject(r.payload.link) &&
      !(typeof r.payload.personKey === 'string' && r.payload.personKey.startsWith(KIOSK_PERSON_PREFIX)),
  );
  return allCitizenLinked ? undefined : problem('auth.required');
}

/** Refuses one valid record of a batch (a per-record result), or lets it through with undefined. */
export type RecordGate = (record: ValidRecord) => Problem | undefined;

/**
 * The per-record limits of a device credential: it pushes only records that name it as their device (a
 * stolen or shared credential cannot write as another phone), and, when enrolled for some events, only
 * records of those events (records without an event pass). A campo session: only its assigned events.
 * Other staff sessions and citizens: no gate.
 */
export function pushRecordGate(c: Context): RecordGate | undefined {
  const principal = principalOf(c);
  // A campo session is limited to its assigned events like a device (issue 12); it may write as any phone.
  if (principal?.kind === 'user' && principal.eventIds !== undefined) {
    return (record) => {
      const eventId = isObject(record.payload) ? record.payload.eventId : undefined;
      return typeof eventId === 'string' && !mayTouchEvent(principal, eventId) ? problem('auth.event_forbidden', { eventId }) : undefined;
    };
  }
  if (principal?.kind !== 'device') return undefined;
  const { deviceId } = principal.device;
  return (record) => {
    if (record.deviceId !== deviceId) return problem('record.device_mismatch');
    const eventId = isObject(record.payload) ? record.payload.eventId : undefined;
    if (typeof eventId === 'string' && !mayTouchEvent(principal, eventId)) return problem('auth.event_forbidden', { eventId });
    return undefined;
  };
}
