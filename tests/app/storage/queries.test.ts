import { afterEach, describe, expect, it } from 'vitest';
import type { CabildoDatabase } from '../../../src/app/storage/database';
import type { LocalRecord } from '../../../src/app/storage/local-record';
import { observeRecords, observeSyncCounts, retryRecord, type SyncCounts } from '../../../src/app/storage/queries';
import { problem } from '../../../src/core/problems/problem';
import { deviceFor, firstMatching, freshDatabase, queueAttendance } from '../fixtures';

let db: CabildoDatabase;
afterEach(() => db?.close());

const counts = (d: CabildoDatabase) => (cb: (c: SyncCounts) => void) => observeSyncCounts(d, cb);

async function markAttention(d: CabildoDatabase, record: LocalRecord): Promise<void> {
  await d.transaction('rw', d.records, d.outbox, async () => {
    await d.records.put({ ...record, syncState: 'attention', serverStatus: 'rejected', problem: problem('record.invalid') });
    await d.outbox.delete(record.id);
  });
}

describe('observeSyncCounts', () => {
  it('follows saves and state changes as they are written', async () => {
    db = freshDatabase('counts');
    const device = await deviceFor(db);
    expect(await firstMatching(counts(db), () => true)).toEqual({ pending: 0, attention: 0, synced: 0 });

    const seen = firstMatching(counts(db), (c) => c.pending === 3);
    const [first] = await queueAttendance(db, device, 3);
    expect(await seen).toEqual({ pending: 3, attention: 0, synced: 0 });

    const after = firstMatching(counts(db), (c) => c.attention === 1);
    await markAttention(db, first!);
    expect(await after).toEqual({ pending: 2, attention: 1, synced: 0 });
  });

  it('stops calling back once unsubscribed', async () => {
    db = freshDatabase('unsub');
    const device = await deviceFor(db);
    const calls: SyncCounts[] = [];
    const first = firstMatching(counts(db), () => true);
    const unsubscribe = observeSyncCounts(db, (c) => calls.push(c));
    await first;
    await firstMatching(counts(db), () => true); // our subscriber has had its first value by now
    unsubscribe();
    const before = calls.length;
    const settled = firstMatching(counts(db), (c) => c.pending === 1);
    await queueAttendance(db, device, 1);
    await settled;
    await firstMatching(counts(db), (c) => c.pending === 1); // one more full query round for a late call to show up
    expect(calls.length).toBe(before);
  });
});

describe('observeRecords', () => {
  it('lists by event through the index, newest first, filtered and limited', async () => {
    db = freshDatabase('records');
    const device = await deviceFor(db);
    const inA = await queueAttendance(db, device, 4, 'evento-a');
    await queueAttendance(db, device, 2, 'evento-b');
    await markAttention(db, inA[3]!); // the newest one

    const all = await firstMatching<LocalRecord[]>((cb) => observeRecords(db, { eventId: 'evento-a' }, cb), () => true);
    expect(all.map((r) => r.id)).toEqual(inA.map((r) => r.id).reverse());

    const limited = await firstMatching<LocalRecord[]>((cb) => observeRecords(db, { eventId: 'evento-a', syncState: 'pending', limit: 2 }, cb), () => true);
    expect(limited.map((r) => r.id)).toEqual([inA[2]!.id, inA[1]!.id]); // the limit counts matches only

    const attention = await firstMatching<LocalRecord[]>((cb) => observeRecords(db, { syncState: 'attention' }, cb), () => true);
    expect(attention.map((r) => r.id)).toEqual([inA[3]!.id]);

    const byKind = await firstMatching<LocalRecord[]>((cb) => observeRecords(db, { kind: 'attendance.entry', limit: 3 }, cb), () => true);
    expect(byKind).toHaveLength(3);
  });

  it('delivers a new record to a screen already watching its event', async () => {
    db = freshDatabase('live');
    const device = await deviceFor(db);
    const watching = firstMatching<LocalRecord[]>((cb) => observeRecords(db, { eventId: 'evento-a' }, cb), (r) => r.length === 1);
    const [saved] = await queueAttendance(db, device, 1, 'evento-a');
    expect((await watching)[0]?.id).toBe(saved!.id);
  });
});

describe('retryRecord', () => {
  it('puts an attention record back in the outbox as pending, without the old problem', async () => {
    db = freshDatabase('retry');
    const device = await deviceFor(db);
    const [record] = await queueAttendance(db, device, 1);
    await markAttention(db, record!);
    expect(await retryRecord(db, record!.id)).toBe(true);
    const back = await db.records.get(record!.id);
    expect(back?.syncState).toBe('pending');
    expect(back).not.toHaveProperty('problem');
    expect(back).not.toHaveProperty('serverStatus');
    expect(back?.payload).toEqual(record!.payload);
    expect(await db.outbox.get(record!.id)).toMatchObject({ attempts: 0 });
  });

  it('leaves pending and synced records alone', async () => {
    db = freshDatabase('retry-noop');
    const device = await deviceFor(db);
    const [pending, synced] = await queueAttendance(db, device, 2);
    await db.records.put({ ...synced!, syncState: 'synced', syncedAt: '2026-11-21T15:00:00.000Z' });
    await db.outbox.delete(synced!.id);
    expect(await retryRecord(db, pending!.id)).toBe(false);
    expect(await retryRecord(db, synced!.id)).toBe(false);
    expect(await retryRecord(db, 'no-such-id')).toBe(false);
    expect(await db.outbox.count()).toBe(1);
    expect((await db.records.get(synced!.id))?.syncState).toBe('synced');
  });
});
