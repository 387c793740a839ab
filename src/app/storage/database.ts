import Dexie, { type EntityTable, type Transaction } from 'dexie';
import { eventIdOf, type LocalRecord, type MetaEntry, type OutboxEntry } from './local-record';
import type { KeptDeviceLabel, MyPass, PulledAttendee, PulledEvent, RemoteCheckIn } from './door-tables';
import type { StoredDefinition, TrackedCode } from './forms-tables';

import { DEFAULT_DATABASE_NAME } from './database-name';

export { DEFAULT_DATABASE_NAME };

/**
 * Store layouts, one per version. Never edit a published version: add the next one.
 * schemaV1 is exported so a test can build a genuine v1 database and upgrade it.
 */
export const schemaV1 = {
  records: 'id, kind, syncState, createdAt',
  outbox: 'id, nextAttemptAt',
  meta: 'key',
} as const;

/** v2: records get an eventId index (the attendance screens list by event). */
export const schemaV2 = { ...schemaV1, records: 'id, kind, syncState, createdAt, eventId' } as const;

/**
 * v3 (door): what the pull client downloads — events, each event's attendee list and the other devices'
 * check-ins — and the passes this device received. New tables only; v1/v2 data is untouched.
 * The pull cursor and the signing public key live in `meta` (see door-tables.ts).
 */
export const schemaV3 = {
  ...schemaV2,
  events: 'id',
  attendees: 'attendeeId, eventId',
  remoteCheckIns: 'id, eventId',
  myPasses: 'attendeeId, eventId',
} as const;

/**
 * v4 (forms): the form versions this device pulled (a poster link opens with no signal) and the
 * escuchadero codes it follows with their last known status and answer ("Mis preguntas").
 * The kiosk's PIN hash lives in `meta` (see forms-tables.ts).
 */
export const schemaV4 = {
  ...schemaV3,
  formDefinitions: 'key, id',
  trackedCodes: 'code, keptAt, recordId',
} as const;

/** v5 (door): the names of the devices that wrote the pulled check-ins, so the door names them offline. */
export const schemaV5 = {
  ...schemaV4,
  deviceLabels: 'deviceId',
} as const;

export const CURRENT_SCHEMA_VERSION = 5;

// Upgrades only add or fill in; queued records and outbox entries are never removed.
async function backfillEventId(tx: Transaction): Promise<void> {
  await tx
    .table<LocalRecord, string>('records')
    .toCollection()
    .modify((record) => {
      const eventId = eventIdOf(record.payload);
      if (eventId !== undefined) record.eventId = eventId;
    });
}

export interface DatabaseOptions {
  name?: string;
  indexedDB?: IDBFactory;
  IDBKeyRange?: typeof IDBKeyRange;
}

export class CabildoDatabase extends Dexie {
  // `declare`: a class field would overwrite the tables Dexie installs in the constructor.
  declare records: EntityTable<LocalRecord, 'id'>;
  declare outbox: EntityTable<OutboxEntry, 'id'>;
  declare meta: EntityTable<MetaEntry, 'key'>;
  declare events: EntityTable<PulledEvent, 'id'>;
  declare attendees: EntityTable<PulledAttendee, 'attendeeId'>;
  declare remoteCheckIns: EntityTable<RemoteCheckIn, 'id'>;
  declare myPasses: EntityTable<MyPass, 'attendeeId'>;
  declare formDefinitions: EntityTable<StoredDefinition, 'key'>;
  declare trackedCodes: EntityTable<TrackedCode, 'code'>;
  declare deviceLabels: EntityTable<KeptDeviceLabel, 'deviceId'>;

  constructor(options: DatabaseOptions = {}) {
    super(options.name ?? DEFAULT_DATABASE_NAME, {
      ...(options.indexedDB ? { indexedDB: options.indexedDB } : {}),
      ...(options.IDBKeyRange ? { IDBKeyRange: options.IDBKeyRange } : {}),
    });
    this.version(1).stores(schemaV1);
    this.version(2).stores(schemaV2).upgrade(backfillEventId);
    this.version(3).stores(schemaV3);
    this.version(4).stores(schemaV4);
    this.version(5).stores(schemaV5);
    // Next versions follow here, each spreading the previous layout.
  }
}

/** The database opens lazily on first use (Dexie auto-open); after an explicit close, see guarded-write.ts. */
export function openDatabase(options: DatabaseOptions = {}): CabildoDatabase {
  return new CabildoDatabase(options);
}
