import { ATTENDANCE_ENTRY_KIND, ATTENDANCE_UNDO_KIND, CHECK_IN_KINDS, CHECK_IN_METHODS, checkInOfRecord, identityKey, joinNames, type CheckIn, type CheckInMethod, type CheckInRow } from '../../core/attendance';
import type { StoredRecord } from '../store/stored-record';

export { CHECK_IN_KINDS };

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
  row: CheckInRow;
}

/**
 * Records were validated at ingest, so reading them back needs no second validation. The row names the
 * person (for "already checked in: <name>") but carries the document only inside the digest key.
 * A registered person's check-in is named when its record was joined with the registration.
 */
export function storedCheckIn(record: StoredRecord): StoredCheckIn | undefined {
  return storedCheckInKeyed(record, identityKey);
}

/**
 * The same, for a caller that already holds the check-in's identity key (the listado's first pass computed it
 * with identityKey): the document is not hashed a second time for each of 100,000 rows.
 */
export function storedCheckInWithIdentity(record: StoredRecord, identity: string | undefined): StoredCheckIn | undefined {
  return storedCheckInKeyed(record, () => identity);
}

function storedCheckInKeyed(record: StoredRecord, keyOf: (checkIn: CheckIn) => string | undefined): StoredCheckIn | undefined {
  const checkIn = checkInOfRecord(record);
  if (!checkIn) return undefined;
  const payload = (record.payload ?? {}) as Loose;
  const key = keyOf(checkIn);
  const name = record.kind === ATTENDANCE_ENTRY_KIND || checkIn.attendeeId !== undefined ? displayNameOf(payload) : undefined;
  const row: CheckInRow = {
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

/** The pulled row of an undo: door devices drop the check-in it names from their lists. */
export function storedUndoRow(record: StoredRecord): CheckInRow | undefined {
  if (record.kind !== ATTENDANCE_UNDO_KIND) return undefined;
  const payload = (record.payload ?? {}) as Loose;
  const eventId = text(payload.eventId);
  const checkInId = text(payload.checkInId);
  if (eventId === undefined || checkInId === undefined) return undefined;
  return { id: record.id, eventId, checkedInAt: text(payload.undoneAt) ?? record.createdAt, deviceId: record.deviceId, method: 'manual', undoes: checkInId };
}
