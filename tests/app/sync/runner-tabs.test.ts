import { IDBKeyRange, indexedDB } from 'fake-indexeddb';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../../src/app/storage/database';
import { OUTBOX_LOCK_NAME } from '../../../src/app/sync/locks';
import { createMemoryLocks } from '../../support/locks';
import { queueAttendance } from '../fixtures';
import { closeHarnesses, startHarness } from './runner-harness';
import { acceptAll, deferredReply, type Reply } from './scripted-sync-server';
import { manualTimers } from './manual-timers';

afterEach(closeHarnesses);

function countById(ids: string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const id of ids) counts.set(id, (counts.get(id) ?? 0) + 1);
  return counts;
}

describe('outbox runner: two tabs, one outbox', () => {
  it('lets only the tab holding the lock send; the other skips and looks again later', async () => {
    const held = deferredReply();
    const locks = createMemoryLocks();
    const h = await startHarness((push, i) => (i === 0 ? held.promise : acceptAll(push, i)), { locks });
    const queued = await queueAttendance(h.db, h.device, 30);

    // The second tab: its own connection to the same database, the same lock manager.
    const otherDb = openDatabase({ name: h.db.name, indexedDB, IDBKeyRange });
    const otherTimers = manualTimers();
    const otherTab = h.runnerFor({ db: otherDb, setTimer: otherTimers.setTimer, clearTimer: otherTimers.clearTimer });

    const first = h.runner.syncNow();
    await h.server.received(1);
    expect(locks.isHeld(OUTBOX_LOCK_NAME)).toBe(true);
    await otherTab.syncNow(); // returns at once: the lock is taken
    expect(otherTab.status().phase).toBe('idle');
    expect(otherTimers.delays()).toEqual([5_000]);

    held.release(acceptAll({ deviceId: h.device.deviceId, records: queued }, 0) as Reply);
    await first;
    otherTimers.fire();
    await otherTab.syncNow();

    expect(h.server.pushes).toHaveLength(1);
    expect([...countById(h.server.sentIds()).values()].every((n) => n === 1)).toBe(true);
    expect(h.server.sentIds()).toHaveLength(30);
    expect(await otherDb.outbox.count()).toBe(0);
    otherDb.close();
  });

  it('sends each record exactly once when both tabs keep syncing at the same time', async () => {
    const locks = createMemoryLocks();
    const h = await startHarness(acceptAll, { locks, batchSize: 7 });
    const otherDb = openDatabase({ name: h.db.name, indexedDB, IDBKeyRange });
    const otherTab = h.runnerFor({ db: otherDb });
    const queued = await queueAttendance(h.db, h.device, 60);

    for (let round = 0; round < 5 && (await h.db.outbox.count()) > 0; round++) {
      await Promise.all([h.runner.syncNow(), otherTab.syncNow(), otherTab.syncNow(), h.runner.syncNow()]);
    }

    const counts = countById(h.server.sentIds());
    expect(counts.size).toBe(60);
    expect([...counts.values()].every((n) => n === 1)).toBe(true);
    expect([...counts.keys()].sort()).toEqual(queued.map((r) => r.id));
    expect(await otherDb.records.where('syncState').equals('synced').count()).toBe(60);
    otherDb.close();
  });
});
