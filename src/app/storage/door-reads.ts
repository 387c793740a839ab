import type { CabildoDatabase } from './database';
import { DOOR_META_KEYS, type PulledAttendee, type PulledEvent, type StoredSigningKey } from './door-tables';

export const readPulledEvent = (db: CabildoDatabase, eventId: string): Promise<PulledEvent | undefined> => db.events.get(eventId);

export const readPulledEvents = (db: CabildoDatabase): Promise<PulledEvent[]> => db.events.toArray();

export const readAttendees = (db: CabildoDatabase, eventId: string): Promise<PulledAttendee[]> =>
  db.attendees.where('eventId').equals(eventId).toArray();

/** The names of the devices whose check-ins this device pulled, by device id. */
export async function readDeviceLabels(db: CabildoDatabase): Promise<Map<string, string>> {
  return new Map((await db.deviceLabels.toArray()).map((row) => [row.deviceId, row.label]));
}

export async function readSigningKey(db: CabildoDatabase): Promise<StoredSigningKey | undefined> {
  const entry = await db.meta.get(DOOR_META_KEYS.signingKey);
  const value = entry?.value as Partial<StoredSigningKey> | undefined;
  return value?.algorithm === 'Ed25519' && typeof value.publicKey === 'string' ? (value as StoredSigningKey) : undefined;
}

export async function readLastPullAt(db: CabildoDatabase): Promise<string | undefined> {
  const value = (await db.meta.get(DOOR_META_KEYS.lastPullAt))?.value;
  return typeof value === 'string' ? value : undefined;
}
