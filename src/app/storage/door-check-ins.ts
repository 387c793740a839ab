import { checkInOfRecord } from '../../core/attendance/check-in-of-record';
import type { CheckIn } from '../../core/attendance/duplicates';
import type { ValidRecord } from '../../core/records/envelope';
import type { CabildoDatabase } from './database';
import type { LocalRecord } from './local-record';
import type { RemoteCheckIn } from './door-tables';

/** A pulled check-in carries its identity as the server computed it; turn it back into the fields it came from. */
export function identityFields(key: string | undefined): Pick<CheckIn, 'attendeeId' | 'document'> {
  if (key === undefined) return {};
  if (key.startsWith('attendee:')) return { attendeeId: key.slice('attendee:'.length) };
  const document = /^document:([^:]+):(.+)$/.exec(key);
  return document ? { document: { type: document[1]!, number: document[2]! } } : {};
}

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

export const knownOfRemote = (row: RemoteCheckIn): KnownCheckIn => ({
  id: row.id,
  deviceId: row.deviceId,
  eventId: row.eventId,
  checkedInAt: row.checkedInAt,
  ...identityFields(row.identityKey),
  name: row.displayName,
  method: row.method,
  local: false,
});

/** Every check-in of the event this device knows: its own records first, then the pulled ones. */
export async function readEventCheckIns(db: CabildoDatabase, eventId: string): Promise<KnownCheckIn[]> {
  const [records, remote] = await db.transaction('r', db.records, db.remoteCheckIns, () =>
    Promise.all([db.records.where('eventId').equals(eventId).toArray(), db.remoteCheckIns.where('eventId').equals(eventId).toArray()]),
  );
  const local = records.flatMap((r) => knownOfRecord(r) ?? []);
  const seen = new Set(local.map((c) => c.id));
  return [...local, ...remote.filter((r) => !seen.has(r.id)).map(knownOfRemote)];
}

/** This device's records of the event created since `sinceId` (ids are UUIDv7: id order is time order). */
export async function readLocalCheckInsSince(db: CabildoDatabase, eventId: string, sinceId: string): Promise<KnownCheckIn[]> {
  const records = await db.records.where(':id').above(sinceId).toArray();
  return records.filter((r) => r.eventId === eventId).flatMap((r) => knownOfRecord(r) ?? []);
}
