import { afterEach, describe, expect, it } from 'vitest';
import { envelopeOf } from '../../../src/app/storage/local-record';
import type { SyncStatus } from '../../../src/app/sync/runner';
import { problem } from '../../../src/core/problems/problem';
import { firstMatching, queueAttendance } from '../fixtures';
import { CLOCK, closeHarnesses, startHarness } from './runner-harness';
import { acceptAll, answerEach } from './scripted-sync-server';

afterEach(closeHarnesses);

describe('outbox runner: the server answers for each record', () => {
  it('sends the envelopes and marks accepted records synced, leaving the outbox empty', async () => {
    const h = await startHarness(acceptAll);
    const queued = await queueAttendance(h.db, h.device, 3);
    await h.runner.syncNow();

    expect(h.server.pushes).toHaveLength(1);
    expect(h.server.pushes[0]).toEqual({ deviceId: h.device.deviceId, records: queued.map(envelopeOf) });
    for (const record of await h.db.records.toArray()) {
      expect(record).toMatchObject({ syncState: 'synced', serverStatus: 'accepted', syncedAt: CLOCK.toISOString() });
    }
    expect(await h.db.outbox.count()).toBe(0);
    expect(h.runner.status()).toEqual({ phase: 'idle', total: 3, done: 3, lastSuccessAt: CLOCK.toISOString() });
    expect(h.timers.delays()).toEqual([]); // nothing left to do, nothing planned
  });

  it('remembers the last success across a reload', async () => {
    const h = await startHarness(acceptAll);
    await queueAttendance(h.db, h.device, 1);
    await h.runner.syncNow();
    const reloaded = h.runnerFor();
    const seen = await firstMatching<SyncStatus>((cb) => reloaded.subscribe(cb), (s) => s.lastSuccessAt !== undefined);
    expect(seen.lastSuccessAt).toBe(CLOCK.toISOString());
  });

  it('treats a duplicate as synced (the server already had this exact record)', async () => {
    const h = await startHarness(answerEach(() => 'duplicate'));
    await queueAttendance(h.db, h.device, 2);
    await h.runner.syncNow();
    expect((await h.db.records.toArray()).map((r) => [r.syncState, r.serverStatus])).toEqual([
      ['synced', 'duplicate'],
      ['synced', 'duplicate'],
    ]);
    expect(await h.db.outbox.count()).toBe(0);
  });

  it('keeps conflicts and rejections under "attention" with the server problem, and does not resend them', async () => {
    const rejected = { ...problem('record.invalid', { fields: [{ path: 'payload.territory', code: 'invalid_value', message: 'Elija una comuna' }] }) };
    const fates = ['accepted', 'conflict', 'rejected', 'rejected'] as const;
    const h = await startHarness(
      answerEach(
        (_r, i) => fates[i],
        (r) => (r.id === queued[1]!.id ? problem('record.conflict') : r.id === queued[2]!.id ? rejected : undefined),
      ),
    );
    const queued = await queueAttendance(h.db, h.device, 4);
    await h.runner.syncNow();

    const byId = new Map((await h.db.records.toArray()).map((r) => [r.id, r]));
    expect(byId.size).toBe(4); // nothing deleted
    expect(byId.get(queued[0]!.id)?.syncState).toBe('synced');
    expect(byId.get(queued[1]!.id)).toMatchObject({ syncState: 'attention', serverStatus: 'conflict', problem: { code: 'record.conflict' } });
    expect(byId.get(queued[2]!.id)).toMatchObject({ syncState: 'attention', serverStatus: 'rejected', problem: rejected });
    // No problem in the answer: the device still says why.
    expect(byId.get(queued[3]!.id)).toMatchObject({ syncState: 'attention', serverStatus: 'rejected', problem: { code: 'record.invalid' } });
    expect(byId.get(queued[3]!.id)?.payload).toEqual(queued[3]!.payload);
    expect(await h.db.outbox.count()).toBe(0);
    expect(h.runner.status().phase).toBe('idle');

    await h.runner.syncNow();
    expect(h.server.pushes).toHaveLength(1);
  });

  it('leaves a record the server did not answer for pending, and sends only it again later', async () => {
    const h = await startHarness(answerEach((_r, i) => (i === 1 ? undefined : 'accepted')));
    const queued = await queueAttendance(h.db, h.device, 3);
    await h.runner.syncNow();

    expect(await h.db.outbox.toArray()).toEqual([expect.objectContaining({ id: queued[1]!.id, attempts: 1 })]);
    expect((await h.db.records.get(queued[1]!.id))?.syncState).toBe('pending');
    expect(h.runner.status()).toMatchObject({ phase: 'error', done: 2, lastProblem: { code: 'sync.result_missing' } });
    expect(h.runner.status().nextAttemptAt).toBeDefined();

    h.server.setScript(acceptAll);
    h.timers.fire(); // the backoff retry
    await h.runner.syncNow(); // joins the pass the timer started
    expect(h.server.pushes[1]?.records.map((r) => r.id)).toEqual([queued[1]!.id]);
    expect(await h.db.outbox.count()).toBe(0);
    expect(h.runner.status()).toMatchObject({ phase: 'idle' });
    expect(h.runner.status().lastProblem).toBeUndefined();
  });

  it('sends a large queue in id order, one batch at a time, reporting progress', async () => {
    const h = await startHarness(acceptAll, { batchSize: 200 });
    const queued = await queueAttendance(h.db, h.device, 450);
    await h.runner.syncNow();

    expect(h.server.batchSizes()).toEqual([200, 200, 50]);
    expect(h.server.sentIds()).toEqual(queued.map((r) => r.id));
    expect(h.server.maxInFlight()).toBe(1);
    const progress = h.statuses.filter((s) => s.phase === 'syncing' && s.total > 0).map((s) => [s.done, s.total]);
    expect(progress).toEqual([
      [0, 450],
      [200, 450],
      [400, 450],
      [450, 450],
    ]);
    expect(await h.db.records.where('syncState').equals('synced').count()).toBe(450);
  });

  it('halves the batch when the server (or a proxy) says 413, and goes on', async () => {
    const h = await startHarness((push, i) =>
      push.records.length > 40
        ? i === 0
          ? { status: 413, body: problem('sync.batch_too_large') }
          : { status: 413, body: '<html>Request Entity Too Large</html>' }
        : acceptAll(push, i),
    );
    const queued = await queueAttendance(h.db, h.device, 100);
    await h.runner.syncNow();

    expect(h.server.batchSizes()).toEqual([100, 50, 25, 25, 25, 25]);
    const accepted = h.server.pushes.slice(2).flatMap((p) => p.records.map((r) => r.id));
    expect(accepted).toEqual(queued.map((r) => r.id)); // each once, in order
    expect(await h.db.outbox.count()).toBe(0);
    expect(h.runner.status().phase).toBe('idle');
  });
});
