import { createOutboxRunner, type OutboxRunner, type OutboxRunnerDeps, type SyncStatus } from '../../../src/app/sync/runner';
import type { CabildoDatabase } from '../../../src/app/storage/database';
import type { DeviceContext } from '../../../src/app/device/device-context';
import { createMemoryLocks } from '../../support/locks';
import { deviceFor, freshDatabase } from '../fixtures';
import { manualTimers } from './manual-timers';
import { startScriptedServer, type Script, type ScriptedServer } from './scripted-sync-server';

export const CLOCK = new Date('2026-11-21T15:00:00.000Z');

export interface Harness {
  server: ScriptedServer;
  db: CabildoDatabase;
  device: DeviceContext;
  timers: ReturnType<typeof manualTimers>;
  runner: OutboxRunner;
  statuses: SyncStatus[];
  /** Another runner on the same database (a reload, or another tab with `locks` shared). */
  runnerFor(overrides?: Partial<OutboxRunnerDeps>): OutboxRunner;
}

const open: Array<() => Promise<void> | void> = [];

/** Real server, real fetch, fake IndexedDB, manual timers and a fixed clock. */
export async function startHarness(script: Script, overrides: Partial<OutboxRunnerDeps> = {}): Promise<Harness> {
  const server = await startScriptedServer(script);
  const db = freshDatabase('runner');
  const device = await deviceFor(db, { now: () => CLOCK });
  const timers = manualTimers();
  const base: OutboxRunnerDeps = {
    db,
    endpoint: server.url,
    fetch: globalThis.fetch,
    deviceId: device.deviceId,
    locks: createMemoryLocks(),
    now: () => CLOCK,
    random: () => 0.5,
    setTimer: timers.setTimer,
    clearTimer: timers.clearTimer,
  };
  const runnerFor = (more: Partial<OutboxRunnerDeps> = {}) => {
    const runner = createOutboxRunner({ ...base, ...overrides, ...more });
    open.push(() => runner.stop());
    return runner;
  };
  const runner = runnerFor();
  const statuses: SyncStatus[] = [];
  runner.subscribe((s) => statuses.push(s));
  open.push(() => server.close(), () => db.close());
  return { server, db, device, timers, runner, statuses, runnerFor };
}

export async function closeHarnesses(): Promise<void> {
  for (const close of open.splice(0).reverse()) await close();
}
