import { ATTENDANCE_UNDO_KIND } from '../../core/attendance/admission-undo';
import { checkInOfRecord } from '../../core/attendance/check-in-of-record';
import { identityOfKey, type CheckIn } from '../../core/attendance/duplicates';
import type { ValidRecord } from '../../core/records/envelope';
import type { CabildoDatabase } from './database';
import type { LocalRecord } from './local-record';
import type { RemoteCheckIn } from './door-tables';

/** A check-in as the door lists it: the duplicate rule's view plus a name to show. */
export interface KnownCheckIn extends CheckIn {
  name?: string | undefined;
  method?: string | undefined;
  local: boolean;
}

type Loose = Record<string, unknown>;
const text = (value: unknown): string | undefined => (typeof value === 'string' && value !== '' ? value : undefined);

/** The name a person gave in an attendance record (full name, or names and surnames). */
export function nameOfPayload(payload: unknown): string | undefined {
  const p = (payload ?? {}) as Loose;
  return text(p.fullName) ?? ([text(p.firstNames), text(p.surnames)].filter(Boolean).join(' ') || undefined);
}

export function knownOfRecord(record: LocalRecord): KnownCheckIn | undefined {
  // Local records were validated before they were saved.
  const checkIn = checkInOfRecord(record as ValidRecord);
  if (!checkIn) return undefined;
  const payload = record.payload as Loose;
  return { ...checkIn, name: nameOfPayload(payload), method: text(payload.method), local: true };
}

/** A pulled check-in carries its identity as the server computed it: the attendee or the document digest. */
export const knownOfRemote = (row: RemoteCheckIn): KnownCheckIn => ({
  id: row.id,
  deviceId: row.deviceId,
  eventId: row.eventId,
  checkedInAt: row.checkedInAt,
  ...identityOfKey(row.identityKey),
  name: row.displayName,
  method: row.method,
  local: false,
});

/** The check-in an undo record of this device cancels (admission-undo.ts), else undefined. */
export const undoneByRecord = (record: LocalRecord): string | undefined =>
  record.kind === ATTENDANCE_UNDO_KIND ? text((record.payload as Loose | null)?.checkInId) : undefined;

/**
 * The event's check-ins as this device knows them, its own records and the pulled rows, without the
 * undone ones (this device's undos and those pulled). Undo rows themselves are not check-ins.
 */
export function knownCheckInsOf(records: readonly LocalRecord[], remote: readonly RemoteCheckIn[]): KnownCheckIn[] {
  const undone = new Set<string>();
  for (const r of records) {
    const id = undoneByRecord(r);
    if (id) undone.add(id);
  }
  for (const r of remote) if (r.undoes) undone.add(r.undoes);
  const local = records.flatMap((r) => knownOfRecord(r) ?? []).filter((c) => !undone.has(c.id));
  const seen = new Set(records.map((r) => r.id));
  return [...local, ...remote.filter((r) => !r.undoes && !seen.has(r.id) && !undone.has(r.id)).map(knownOfRemote)];
}

/** Every check-in of the event this device knows: its own records first, then the pulled ones. */
export async function readEventCheckIns(db: CabildoDatabase, eventId: string): Promise<KnownCheckIn[]> {
  const [records, remote] = await db.transaction('r', db.records, db.remoteCheckIns, () =>
    Promise.all([db.records.where('eventId').equals(eventId).toArray(), db.remoteCheckIns.where('eventId').equals(eventId).toArray()]),
  );
  return knownCheckInsOf(records, remote);
}

/**
 * This device's records of the event created since `sinceId` (ids are UUIDv7: id order is time order):
 * the check-ins, and the ids of check-ins undone since.
 */
export async function readLocalCheckInsSince(db: CabildoDatabase, eventId: string, sinceId: string): Promise<{ checkIns: KnownCheckIn[]; undone: string[] }> {
  const records = (await db.records.where(':id').above(sinceId).toArray()).filter((r) => r.eventId === eventId);
  return { checkIns: records.flatMap((r) => knownOfRecord(r) ?? []), undone: records.flatMap((r) => undoneByRecord(r) ?? []) };
}
