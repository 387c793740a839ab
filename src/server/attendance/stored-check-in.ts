import { ATTENDANCE_ANONYMOUS_KIND, ATTENDANCE_ENTRY_KIND, CHECK_IN_METHODS, checkInOfRecord, identityKey, joinNames, type CheckIn, type CheckInMethod } from '../../core/attendance';
import type { PulledCheckIn } from '../../core/sync/pull';
import type { StoredRecord } from '../store/stored-record';

/** The record kinds that are check-ins at the door. */
export const CHECK_IN_KINDS = [ATTENDANCE_ENTRY_KIND, ATTENDANCE_ANONYMOUS_KIND] as const;

type Loose = Record<string, unknown>;
const text = (value: unknown): string | undefined => (typeof value === 'string' && value !== '' ? value : undefined);

// Version 1 entries predate the method field; they were all typed by hand.
const methodOf = (payload: Loose): CheckInMethod =>
  CHECK_IN_METHODS.includes(payload.method as CheckInMethod) ? (payload.method as CheckInMethod) : 'manual';

export const displayNameOf = (payload: Loose): string | undefined =>
  text(payload.fullName) ?? text(joinNames(text(payload.firstNames), text(payload.surnames)));

/** A stored check-in read back: the duplicate rules' view of it and the slim row devices pull. */
export interface StoredCheckIn {
  record: StoredRecord;
  checkIn: CheckIn;
  row: PulledCheckIn;
}

/** Records were validated at ingest, so reading them back needs no second validation. */
export function storedCheckIn(record: StoredRecord): StoredCheckIn | undefined {
  const checkIn = checkInOfRecord(record);
  if (!checkIn) return undefined;
  const payload = (record.payload ?? {}) as Loose;
  const key = identityKey(checkIn);
  const name = record.kind === ATTENDANCE_ENTRY_KIND ? displayNameOf(payload) : undefined;
  const row: PulledCheckIn = {
    id: record.id,
    eventId: checkIn.eventId,
    ...(key === undefined ? {} : { identityKey: key }),
    checkedInAt: checkIn.checkedInAt,
    deviceId: record.deviceId,
    ...(name === undefined ? {} : { displayName: name }),
    method: methodOf(payload),
  };
  return { record, checkIn, row };
}
