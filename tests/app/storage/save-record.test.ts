import Dexie, { type DBCore, type DBCoreMutateRequest } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { isUuidV7 } from '../../../src/core/ids/uuidv7';
import { validateRecord } from '../../../src/core/records/kind-registry';
import type { CabildoDatabase } from '../../../src/app/storage/database';
import { envelopeOf } from '../../../src/app/storage/local-record';
import { saveRecord } from '../../../src/app/storage/save-record';
import { attendancePayload, deviceFor, freshDatabase } from '../fixtures';

const draft = (payload: unknown = attendancePayload(1)) => ({ kind: 'attendance.entry', schemaVersion: 1, payload });

/** A DBCore middleware that makes every write to `table` fail with `error()`, counting the calls. */
function failWrites(db: CabildoDatabase, table: string, error: () => unknown): { calls: number } {
  const counter = { calls: 0 };
  db.use({
    stack: 'dbcore',
    name: `fail-${table}`,
    create: (down: DBCore) => ({
      ...down,
      table: (name: string) => {
        const inner = down.table(name);
        if (name !== table) return inner;
        return {
          ...inner,
          mutate: async (_req: DBCoreMutateRequest) => {
            counter.calls++;
            throw error();
          },
        };
      },
    }),
  });
  return counter;
}

async function rowCounts(db: CabildoDatabase) {
  return { records: await db.records.count(), outbox: await db.outbox.count() };
}

let db: CabildoDatabase;
afterEach(() => db?.close());

describe('saveRecord', () => {
  it('stores the parsed record and its outbox entry, with an envelope the server will accept', async () => {
    db = freshDatabase('save');
    const device = await deviceFor(db);
    const result = await saveRecord(db, device, draft());
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const stored = await db.records.get(result.value.id);
    expect(stored).toEqual(result.value);
    expect(stored?.syncState).toBe('pending');
    expect(stored?.eventId).toBe('evento-1');
    expect((stored?.payload as { fullName: string }).fullName).toBe('Persona Número 1'); // trimmed by the schema
    expect(isUuidV7(result.value.id)).toBe(true);
    expect(result.value.deviceId).toBe(device.deviceId);
    expect(result.value.createdAt).toMatch(/[+-]\d\d:\d\d$/);
    expect(await db.outbox.get(result.value.id)).toMatchObject({ id: result.value.id, attempts: 0 });
    // What the device will send passes the very validation the server runs.
    expect(validateRecord(device.registry, envelopeOf(result.value)).ok).toBe(true);
  });

  it('refuses an invalid payload with field issues and writes nothing', async () => {
    db = freshDatabase('invalid');
    const device = await deviceFor(db);
    const result = await saveRecord(db, device, draft({ ...attendancePayload(1), fullName: 'A', territory: '99' }));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problem.code).toBe('record.invalid');
    expect(result.problem.details?.fields?.map((f) => f.path).sort()).toEqual(['payload.fullName', 'payload.territory']);
    expect(await rowCounts(db)).toEqual({ records: 0, outbox: 0 });
  });

  it('leaves neither row when the outbox write hits a full disk, and says so', async () => {
    db = freshDatabase('quota');
    const failing = failWrites(db, 'outbox', () => new DOMException('The quota has been exceeded.', 'QuotaExceededError'));
    const device = await deviceFor(db); // middleware is installed before the first open
    const result = await saveRecord(db, device, draft());
    expect(failing.calls).toBe(1); // the record write went through first, inside the same transaction
    expect(result.ok ? null : result.problem.code).toBe('storage.quota_exceeded');
    expect(await rowCounts(db)).toEqual({ records: 0, outbox: 0 });
  });

  it('recognises a quota error that Dexie wrapped as the inner error of an abort', async () => {
    db = freshDatabase('quota-wrapped');
    failWrites(db, 'outbox', () => new Dexie.AbortError('Transaction aborted', new DOMException('full', 'QuotaExceededError')));
    const device = await deviceFor(db); // middleware is installed before the first open
    const result = await saveRecord(db, device, draft());
    expect(result.ok ? null : result.problem.code).toBe('storage.quota_exceeded');
    expect(await rowCounts(db)).toEqual({ records: 0, outbox: 0 });
  });

  it('reopens a connection that was closed under it (iOS after backgrounding) and saves', async () => {
    db = freshDatabase('closed');
    const device = await deviceFor(db);
    db.close(); // Dexie now answers DatabaseClosedError until opened again
    const result = await saveRecord(db, device, draft());
    expect(result.ok).toBe(true);
    expect(db.isOpen()).toBe(true);
    expect(await rowCounts(db)).toEqual({ records: 1, outbox: 1 });
  });

  it('tries exactly once more after DatabaseClosedError, then reports storage unavailable', async () => {
    db = freshDatabase('closed-twice');
    const failing = failWrites(db, 'records', () => new Dexie.DatabaseClosedError());
    const device = await deviceFor(db); // middleware is installed before the first open
    const result = await saveRecord(db, device, draft());
    expect(failing.calls).toBe(2);
    expect(result.ok ? null : result.problem.code).toBe('storage.unavailable');
    expect(await rowCounts(db)).toEqual({ records: 0, outbox: 0 });
  });

  it('does not retry other failures', async () => {
    db = freshDatabase('other');
    const failing = failWrites(db, 'records', () => new DOMException('disk error', 'UnknownError'));
    const device = await deviceFor(db); // middleware is installed before the first open
    const result = await saveRecord(db, device, draft());
    expect(failing.calls).toBe(1);
    expect(result.ok ? null : result.problem).toMatchObject({ code: 'storage.unavailable', details: { cause: 'UnknownError' } });
  });
});
