import { afterEach, describe, expect, it } from 'vitest';
import { problem } from '../../../src/core/problems/problem';
import { REQUEST_TIMEOUT_MS } from '../../../src/app/sync/runner';
import type { CabildoDatabase } from '../../../src/app/storage/database';
import { queueAttendance } from '../fixtures';
import { closeHarnesses, startHarness } from './runner-harness';
import { acceptAll, deferredReply, type Reply } from './scripted-sync-server';

afterEach(closeHarnesses);

/** Every queued record is still there, pending, with its outbox entry. */
async function expectAllStillQueued(db: CabildoDatabase, n: number): Promise<void> {
  expect(await db.records.where('syncState').equals('pending').count()).toBe(n);
  expect(await db.outbox.count()).toBe(n);
}

describe('outbox runner: the whole request fails', () => {
  const cases: Array<{ name: string; reply: Reply; phase: 'offline' | 'error'; code: string }> = [
    { name: 'a 503 with a problem body', reply: { status: 503, body: problem('server.error') }, phase: 'error', code: 'server.error' },
    { name: 'a 500 with an HTML page', reply: { status: 500, body: '<h1>Internal error</h1>' }, phase: 'error', code: 'server.error' },
    { name: 'a dropped connection', reply: { drop: true }, phase: 'offline', code: 'network.unreachable' },
    { name: 'a 200 that is not JSON (captive portal)', reply: { status: 200, body: '<html>Inicie sesión en el Wi-Fi</html>' }, phase: 'error', code: 'sync.response_invalid' },
    { name: 'a 200 off the protocol', reply: { status: 200, body: { results: 'todo bien' } }, phase: 'error', code: 'sync.response_invalid' },
    { name: 'a 400 with the server problem', reply: { status: 400, body: problem('request.invalid') }, phase: 'error', code: 'request.invalid' },
    { name: 'a 401 from a login proxy', reply: { status: 401, body: 'Unauthorized' }, phase: 'error', code: 'sync.response_invalid' },
  ];

  for (const c of cases) {
    it(`keeps every record queued after ${c.name}, and plans a retry`, async () => {
      const h = await startHarness(() => c.reply);
      await queueAttendance(h.db, h.device, 3);
      await h.runner.syncNow();

      await expectAllStillQueued(h.db, 3);
      expect((await h.db.outbox.toArray()).map((e) => e.attempts)).toEqual([1, 1, 1]);
      expect(h.runner.status()).toMatchObject({ phase: c.phase, lastProblem: { code: c.code } });
      expect(h.timers.delays()).toHaveLength(1); // the backoff retry
      expect(h.runner.status().nextAttemptAt).toBeDefined();
    });
  }

  it('gives up on a server that does not answer within the timeout, without losing anything', async () => {
    const hanging = deferredReply();
    const h = await startHarness(() => hanging.promise);
    await queueAttendance(h.db, h.device, 2);
    const pass = h.runner.syncNow();
    await h.server.received(1);
    h.timers.fire(REQUEST_TIMEOUT_MS);
    await pass;

    expect(h.runner.status()).toMatchObject({ phase: 'offline', lastProblem: { code: 'network.timeout' } });
    await expectAllStillQueued(h.db, 2);
    hanging.release({ status: 200, body: {} });
  });

  it('recovers on the retry once the server is back', async () => {
    const h = await startHarness(() => ({ status: 503, body: problem('server.error') }));
    const queued = await queueAttendance(h.db, h.device, 3);
    await h.runner.syncNow();
    h.server.setScript(acceptAll);
    h.timers.fire();
    await h.runner.syncNow();

    expect(h.server.pushes.map((p) => p.records.length)).toEqual([3, 3]);
    expect(await h.db.records.where('syncState').equals('synced').primaryKeys()).toEqual(queued.map((r) => r.id));
    expect(h.runner.status()).toMatchObject({ phase: 'idle', done: 3 });
    expect(h.runner.status().nextAttemptAt).toBeUndefined();
  });

  it('answers a second syncNow during a pass with the same pass (one request)', async () => {
    const held = deferredReply();
    const h = await startHarness(() => held.promise);
    const queued = await queueAttendance(h.db, h.device, 2);
    const first = h.runner.syncNow();
    const second = h.runner.syncNow();
    expect(second).toBe(first);
    await h.server.received(1);
    held.release(acceptAll({ deviceId: h.device.deviceId, records: queued }, 0) as Reply);
    await Promise.all([first, second]);
    expect(h.server.pushes).toHaveLength(1);
    expect(await h.db.outbox.count()).toBe(0);
  });

  it('stops cleanly in the middle of a request: records stay queued, no retry is planned', async () => {
    const held = deferredReply();
    const h = await startHarness(() => held.promise);
    await queueAttendance(h.db, h.device, 2);
    const pass = h.runner.syncNow();
    await h.server.received(1);
    h.runner.stop();
    await pass;
    await expectAllStillQueued(h.db, 2);
    expect(h.timers.delays()).toEqual([]);
    h.runner.schedule();
    expect(h.timers.delays()).toEqual([]);
    held.release({ status: 200, body: {} });
  });
});

describe('outbox runner: storage trouble', () => {
  it('reopens a database closed under it and sends on the retry', async () => {
    const h = await startHarness(acceptAll);
    await queueAttendance(h.db, h.device, 2);
    h.db.close(); // what iOS does to a backgrounded app's connection
    await h.runner.syncNow();
    expect(h.runner.status()).toMatchObject({ phase: 'error', lastProblem: { code: 'storage.unavailable' } });
    expect(h.db.isOpen()).toBe(true);

    h.timers.fire();
    await h.runner.syncNow();
    expect(h.server.sentIds()).toHaveLength(2);
    expect(await h.db.outbox.count()).toBe(0);
  });
});
