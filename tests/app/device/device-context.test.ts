import { afterEach, describe, expect, it } from 'vitest';
import { isUuidV7 } from '../../../src/core/ids/uuidv7';
import { loadDeviceContext } from '../../../src/app/device/device-context';
import { openDatabase, type CabildoDatabase } from '../../../src/app/storage/database';
import { freshDatabase } from '../fixtures';

let dbs: CabildoDatabase[] = [];
afterEach(() => {
  for (const db of dbs) db.close();
  dbs = [];
});

describe('loadDeviceContext', () => {
  it('creates the device id once and keeps it across restarts', async () => {
    const db = freshDatabase('device');
    dbs.push(db);
    const first = await loadDeviceContext(db, { now: () => new Date('2026-11-21T15:00:00Z') });
    expect(isUuidV7(first.deviceId)).toBe(true);
    expect(first.deviceId.startsWith('01a1fe9f-1180-7')).toBe(true); // the timestamp part comes from the injected clock

    const reopened = openDatabase({ name: db.name, indexedDB: db._options.indexedDB as IDBFactory, IDBKeyRange: db._options.IDBKeyRange as typeof IDBKeyRange });
    dbs.push(reopened);
    expect((await loadDeviceContext(reopened)).deviceId).toBe(first.deviceId);
  });

  it('gives two tabs starting together the same id', async () => {
    const db = freshDatabase('device-race');
    const other = openDatabase({ name: db.name, indexedDB: db._options.indexedDB as IDBFactory, IDBKeyRange: db._options.IDBKeyRange as typeof IDBKeyRange });
    dbs.push(db, other);
    const [a, b] = await Promise.all([loadDeviceContext(db), loadDeviceContext(other)]);
    expect(a.deviceId).toBe(b.deviceId);
  });

  it('uses the injected clock and randomness', async () => {
    const db = freshDatabase('device-deps');
    dbs.push(db);
    const context = await loadDeviceContext(db, { randomBytes: (n) => new Uint8Array(n).fill(0xab) });
    expect(context.randomBytes(3)).toEqual(new Uint8Array([0xab, 0xab, 0xab]));
    expect(context.deviceId.endsWith('abababababab')).toBe(true);
  });
});
