import Dexie from 'dexie';
import { IDBKeyRange, indexedDB } from 'fake-indexeddb';
import { afterEach, describe, expect, it } from 'vitest';
import { uuidV7 } from '../../../src/core/ids/uuidv7';
import { CURRENT_SCHEMA_VERSION, openDatabase, schemaV1, type CabildoDatabase } from '../../../src/app/storage/database';
import type { LocalRecord, OutboxEntry } from '../../../src/app/storage/local-record';
import { createOutboxRunner } from '../../../src/app/sync/runner';
import { createMemoryLocks } from '../../support/locks';
import { attendancePayload, uniqueName } from '../fixtures';
import { acceptAll, startScriptedServer } from '../sync/scripted-sync-server';

// Records exactly as version 1 of the app stored them: no eventId field.
const v1Record = (i: number, eventId: string | null, syncState: LocalRecord['syncState']): LocalRecord => ({
  id: uuidV7(1_763_700_000_000 + i, new Uint8Array(10).fill(i)),
  kind: eventId === null ? 'future.kind' : 'attendance.entry',
  schemaVersion: 1,
  deviceId: 'device-v1',
  createdAt: `2026-11-21T10:00:0${i}.000-05:00`,
  payload: eventId === null ? { note: 'sin evento' } : { ...attendancePayload(i, eventId), fullName: `Persona ${i}` },
  syncState,
});

let upgraded: CabildoDatabase | undefined;
afterEach(() => upgraded?.close());

describe('schema migrations', () => {
  it('upgrades a genuine v1 database with queued records to the current version, losing nothing', async () => {
    const name = uniqueName('v1');
    const records = [
      v1Record(1, 'evento-a', 'pending'),
      v1Record(2, 'evento-b', 'pending'),
      v1Record(3, 'evento-a', 'synced'),
      v1Record(4, null, 'attention'),
    ];
    const queued = records.filter((r) => r.syncState === 'pending');
    const outbox: OutboxEntry[] = queued.map((r, i) => ({
      id: r.id,
      attempts: i,
      enqueuedAt: '2026-11-21T15:00:00.000Z',
      nextAttemptAt: '2026-11-21T15:00:00.000Z',
    }));

    const v1 = new Dexie(name, { indexedDB, IDBKeyRange });
    v1.version(1).stores(schemaV1);
    await v1.table('records').bulkAdd(records);
    await v1.table('outbox').bulkAdd(outbox);
    await v1.table('meta').put({ key: 'deviceId', value: 'device-v1' });
    expect(v1.verno).toBe(1);
    v1.close();

    upgraded = openDatabase({ name, indexedDB, IDBKeyRange });
    await upgraded.open();
    expect(upgraded.verno).toBe(CURRENT_SCHEMA_VERSION);
    // A real IndexedDB index, not only Dexie's idea of one.
    expect(upgraded.backendDB().transaction('records').objectStore('records').indexNames.contains('eventId')).toBe(true);

    const expected = records.map((r) => (r.kind === 'attendance.entry' ? { ...r, eventId: (r.payload as { eventId: string }).eventId } : r));
    expect(await upgraded.records.orderBy(':id').toArray()).toEqual(expected);
    expect(await upgraded.outbox.orderBy(':id').toArray()).toEqual(outbox);
    expect(await upgraded.meta.get('deviceId')).toEqual({ key: 'deviceId', value: 'device-v1' });

    // The new index answers the attendance screens' question.
    const eventA = await upgraded.records.where('eventId').equals('evento-a').primaryKeys();
    expect(eventA.sort()).toEqual([records[0]!.id, records[2]!.id].sort());
    expect(await upgraded.records.where('syncState').equals('pending').count()).toBe(2);
  });

  it('sends the records the previous version queued, once upgraded', async () => {
    const name = uniqueName('v1-sync');
    const queued = [v1Record(1, 'evento-a', 'pending'), v1Record(2, 'evento-b', 'pending')];
    const v1 = new Dexie(name, { indexedDB, IDBKeyRange });
    v1.version(1).stores(schemaV1);
    await v1.table('records').bulkAdd(queued);
    await v1.table('outbox').bulkAdd(queued.map((r) => ({ id: r.id, attempts: 0, enqueuedAt: r.createdAt, nextAttemptAt: r.createdAt })));
    v1.close();

    const server = await startScriptedServer(acceptAll);
    upgraded = openDatabase({ name, indexedDB, IDBKeyRange });
    const runner = createOutboxRunner({ db: upgraded, endpoint: server.url, fetch: globalThis.fetch, deviceId: 'device-v1', locks: createMemoryLocks() });
    try {
      await runner.syncNow();
    } finally {
      runner.stop();
      await server.close();
    }
    expect(server.sentIds()).toEqual(queued.map((r) => r.id));
    expect(await upgraded.records.where('syncState').equals('synced').count()).toBe(2);
    expect(await upgraded.outbox.count()).toBe(0);
  });

  it('creates a fresh database directly at the current version', async () => {
    upgraded = openDatabase({ name: uniqueName('fresh'), indexedDB, IDBKeyRange });
    await upgraded.open();
    expect(upgraded.verno).toBe(CURRENT_SCHEMA_VERSION);
    expect(await upgraded.records.count()).toBe(0);
  });
});
