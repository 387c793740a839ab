import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll } from 'vitest';
import type { Stores } from '../../../../src/server/store/stores';
import type { IncomingRecord } from '../../../../src/server/store/sync-store';
import type { ValidRecord } from '../../../../src/core/records/envelope';
import { incomingRecordOf } from '../../../../src/server/sync/push-records';
import type { StoreAdapter, StoreDatabaseUnderTest } from './store-adapters';

export interface StoreContext {
  adapter: StoreAdapter;
  /** The stores of the suite's database (opened once). */
  stores(): Stores;
  /** Another set of stores on the same database, as a second server process would have; closed after the suite. */
  openAnother(): Promise<Stores>;
  /** PostgreSQL only: the database's URL. */
  url(): string | undefined;
}

/** Opens the adapter's database for the enclosing describe, and disposes of it afterwards. */
export function storeContext(adapter: StoreAdapter): StoreContext {
  let database: StoreDatabaseUnderTest;
  const opened: Stores[] = [];
  beforeAll(async () => {
    database = await adapter.create();
    opened.push(await database.open());
  });
  afterAll(async () => {
    for (const stores of opened) await stores.close();
    await database?.dispose();
  });
  return {
    adapter,
    stores: () => opened[0]!,
    url: () => database.url,
    openAnother: async () => {
      const stores = await database.open();
      opened.push(stores);
      return stores;
    },
  };
}

/** A unique id, so the tests of one suite never meet each other's records. */
export const uniqueId = (prefix: string): string => `${prefix}-${randomBytes(6).toString('hex')}`;

/** A record as the store takes it, from envelope fields and a payload (the store does not validate). */
export function incoming(payload: Record<string, unknown>, over: Partial<ValidRecord> = {}): IncomingRecord {
  return incomingRecordOf({
    id: uniqueId('rec'),
    kind: 'attendance.entry',
    schemaVersion: 1,
    deviceId: 'tableta-1',
    createdAt: '2026-11-21T10:00:00-05:00',
    payload,
    ...over,
  } as ValidRecord);
}

export const RECEIVED_AT = '2026-11-21T15:00:00.000Z';
