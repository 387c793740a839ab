import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { defaultBackoff } from '../../../src/core/sync/backoff';
import { readCredential, readSyncBlock } from '../../../src/app/storage/device-credential';
import { enrollWithToken } from '../../../src/app/sync/device-enrollment';
import { createOutboxRunner, type OutboxRunner } from '../../../src/app/sync/runner';
import type { CabildoDatabase } from '../../../src/app/storage/database';
import type { DeviceContext } from '../../../src/app/device/device-context';
import { countRows } from '../../server/support/sqlite-file';
import { createMemoryLocks } from '../../support/locks';
import { deviceFor, freshDatabase, queueAttendance } from '../fixtures';
import { manualTimers } from '../sync/manual-timers';
import { startAuthServer, type AuthServer } from './auth-server';

let auth: AuthServer;
const CLOCK = new Date('2026-11-21T15:00:00.000Z');
const open: Array<() => unknown> = [];

beforeAll(async () => {
  auth = await startAuthServer();
});
afterAll(() => auth.server.dispose());
afterEach(async () => {
  for (const close of open.splice(0).reverse()) await close();
});

interface Phone {
  db: CabildoDatabase;
  device: DeviceContext;
  timers: ReturnType<typeof manualTimers>;
  runner: OutboxRunner;
  enroll(): ReturnType<typeof enrollWithToken>;
}

/** A phone: fake IndexedDB, the real runner and fetch against the real server, timers fired by hand. */
async function phone(): Promise<Phone> {
  const db = freshDatabase('auth');
  const device = await deviceFor(db);
  const timers = manualTimers();
  const runner = createOutboxRunner({
    db,
    endpoint: `${auth.server.url}/api/v1/sync`,
    fetch: globalThis.fetch,
    deviceId: device.deviceId,
    locks: createMemoryLocks(),
    random: () => 0.5,
    now: () => CLOCK,
    setTimer: timers.setTimer,
    clearTimer: timers.clearTimer,
  });
  open.push(() => runner.stop(), () => db.close());
  const enroll = async () => enrollWithToken({ db, fetch: globalThis.fetch, baseUrl: auth.server.url, deviceId: device.deviceId }, await auth.enrollmentToken());
  return { db, device, timers, runner, enroll };
}

const pending = (db: CabildoDatabase) => db.records.where('syncState').equals('pending').count();
const serverRecords = () => countRows(auth.server.dataDir, 'records', "kind = 'attendance.entry'");

describe('device credential on push', () => {
  it('an enrolled phone sends its credential and the server accepts its attendance', async () => {
    const p = await phone();
    const enrolled = await p.enroll();
    expect(enrolled.ok).toBe(true);
    expect((await readCredential(p.db))?.credential).toMatch(new RegExp(`^cbd1\\.${p.device.deviceId}\\.`));
    const before = serverRecords();
    await queueAttendance(p.db, p.device, 3);
    await p.runner.syncNow();
    expect(await pending(p.db)).toBe(0);
    expect(serverRecords()).toBe(before + 3);
  });

  it('a phone that was never enrolled is refused: records kept, one rare retry, refusal kept for the banner', async () => {
    const p = await phone();
    await queueAttendance(p.db, p.device, 2);
    await p.runner.syncNow();
    expect(await pending(p.db)).toBe(2);
    expect(await p.db.outbox.count()).toBe(2);
    expect(p.runner.status()).toMatchObject({ phase: 'error', refusal: { code: 'auth.required' } });
    expect((await readSyncBlock(p.db))?.problem.code).toBe('auth.required');
    expect(p.timers.delays()).toEqual([defaultBackoff.capMs]);
  });
});

describe('a revoked device', () => {
  it('is refused as a whole, keeps every record (never rejected), backs off to the long interval, and drains once re-enrolled', async () => {
    const p = await phone();
    expect((await p.enroll()).ok).toBe(true);
    await auth.revoke(p.device.deviceId);
    const before = serverRecords();
    await queueAttendance(p.db, p.device, 5);

    await p.runner.syncNow();
    expect(p.runner.status()).toMatchObject({ phase: 'error', refusal: { code: 'device.revoked' } });
    expect(await pending(p.db)).toBe(5);
    expect(await p.db.records.where('syncState').equals('attention').count()).toBe(0);
    expect(await p.db.outbox.count()).toBe(5);
    expect((await p.db.outbox.toArray()).every((e) => e.attempts === 0)).toBe(true); // not the records' fault
    expect((await readSyncBlock(p.db))?.problem.code).toBe('device.revoked');
    expect(p.timers.delays()).toEqual([defaultBackoff.capMs]);

    // New records do not bring the retry forward: no request loop against a refusing server.
    p.runner.schedule(0);
    expect(p.timers.delays()).toEqual([defaultBackoff.capMs]);
    p.timers.fire();
    await p.runner.syncNow();
    expect(await pending(p.db)).toBe(5);
    expect(serverRecords()).toBe(before);

    // A reload remembers the refusal (the banner shows before any request).
    const reloadTimers = manualTimers();
    const reloaded = createOutboxRunner({ db: p.db, endpoint: `${auth.server.url}/api/v1/sync`, fetch: globalThis.fetch, deviceId: p.device.deviceId, locks: createMemoryLocks(), now: () => CLOCK, setTimer: reloadTimers.setTimer, clearTimer: reloadTimers.clearTimer });
    open.push(() => reloaded.stop());
    reloaded.schedule(500); // the app's start-up wake-up, armed before the refusal is read back
    await expect.poll(() => reloaded.status().refusal?.code).toBe('device.revoked');
    expect(reloadTimers.delays()).toEqual([defaultBackoff.capMs]);

    // Someone with rights re-enrolls the phone: new credential, refusal lifted, the queue drains.
    const again = await p.enroll();
    expect(again.ok).toBe(true);
    expect(await readSyncBlock(p.db)).toBeUndefined();
    await p.runner.syncNow();
    expect(await pending(p.db)).toBe(0);
    expect(await p.db.outbox.count()).toBe(0);
    expect(serverRecords()).toBe(before + 5);
    expect(p.runner.status().refusal).toBeUndefined();
    expect(p.runner.status().phase).toBe('idle');
  });

  it('an enrollment token works once', async () => {
    const p = await phone();
    const token = await auth.enrollmentToken();
    const deps = { db: p.db, fetch: globalThis.fetch, baseUrl: auth.server.url, deviceId: p.device.deviceId };
    expect((await enrollWithToken(deps, token)).ok).toBe(true);
    const second = await enrollWithToken(deps, token);
    expect(second.ok ? 'ok' : second.problem.code).toBe('device.enrollment_invalid');
  });
});
