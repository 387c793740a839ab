import { describe, expect, it } from 'vitest';
import { BACKGROUND_SYNC_TAG, syncOnWake } from '../../../src/app/sync/background-sync';
import type { OutboxRunner, SyncStatus } from '../../../src/app/sync/runner';
import { installSyncTriggers, START_DELAY_MS, VISIBLE_DELAY_MS } from '../../../src/app/sync/triggers';

/** A runner that only records what it was asked to do, and whose status the test sets. */
function recordingRunner() {
  const calls: string[] = [];
  let status: SyncStatus = { phase: 'idle', total: 0, done: 0 };
  const listeners = new Set<(s: SyncStatus) => void>();
  const runner: OutboxRunner = {
    syncNow: async () => void calls.push('syncNow'),
    schedule: (ms) => void calls.push(`schedule(${ms})`),
    status: () => status,
    subscribe: (cb) => {
      listeners.add(cb);
      cb(status);
      return () => listeners.delete(cb);
    },
    stop: () => void calls.push('stop'),
  };
  const setStatus = (next: Partial<SyncStatus>) => {
    status = { ...status, ...next };
    for (const l of listeners) l(status);
  };
  return { runner, calls, setStatus, listenerCount: () => listeners.size };
}

function browserEnv(options: { backgroundSync: boolean }) {
  const window = new EventTarget();
  const document = Object.assign(new EventTarget(), { visibilityState: 'visible' as DocumentVisibilityState });
  const registered: string[] = [];
  const registration = options.backgroundSync ? { sync: { register: async (tag: string) => void registered.push(tag) } } : {};
  const navigator = { serviceWorker: { getRegistration: async () => registration } };
  const env = { window: window as unknown as Window, document: document as unknown as Document, navigator: navigator as unknown as Navigator };
  const setVisibility = (state: DocumentVisibilityState) => {
    document.visibilityState = state;
    document.dispatchEvent(new Event('visibilitychange'));
  };
  return { env, window, setVisibility, registered };
}

/** Background Sync registration is asynchronous; let its promise chain settle. */
const settle = () => new Promise<void>((resolve) => setImmediate(resolve));

describe('installSyncTriggers', () => {
  it('plans a sync at start, syncs when the connection returns and when the app comes back to view', () => {
    const { runner, calls } = recordingRunner();
    const browser = browserEnv({ backgroundSync: false });
    installSyncTriggers(runner, browser.env);
    expect(calls).toEqual([`schedule(${START_DELAY_MS})`]);

    browser.window.dispatchEvent(new Event('online'));
    expect(calls.at(-1)).toBe('syncNow');

    browser.setVisibility('hidden');
    browser.setVisibility('visible');
    expect(calls).toEqual([`schedule(${START_DELAY_MS})`, 'syncNow', `schedule(${VISIBLE_DELAY_MS})`]);
  });

  it('asks for Background Sync once when records are left waiting, and when hiding the app with work pending', async () => {
    const { runner, setStatus } = recordingRunner();
    const browser = browserEnv({ backgroundSync: true });
    installSyncTriggers(runner, browser.env);
    setStatus({ phase: 'syncing' });
    await settle();
    expect(browser.registered).toEqual([]);

    setStatus({ phase: 'offline' });
    setStatus({ phase: 'offline', nextAttemptAt: '2026-11-21T15:00:02.000Z' });
    await settle();
    expect(browser.registered).toEqual([BACKGROUND_SYNC_TAG]);

    browser.setVisibility('hidden');
    await settle();
    expect(browser.registered).toEqual([BACKGROUND_SYNC_TAG, BACKGROUND_SYNC_TAG]);

    setStatus({ phase: 'idle' });
    browser.setVisibility('hidden');
    await settle();
    expect(browser.registered).toHaveLength(2);
  });

  it('works where Background Sync or service workers do not exist', async () => {
    const { runner, setStatus, calls } = recordingRunner();
    const browser = browserEnv({ backgroundSync: false });
    const noServiceWorker = { ...browser.env, navigator: {} as Navigator };
    installSyncTriggers(runner, noServiceWorker);
    setStatus({ phase: 'error' });
    browser.setVisibility('hidden');
    await settle();
    expect(calls).toEqual([`schedule(${START_DELAY_MS})`]);
  });

  it('removes every listener on cleanup', () => {
    const { runner, calls, listenerCount } = recordingRunner();
    const browser = browserEnv({ backgroundSync: false });
    const cleanup = installSyncTriggers(runner, browser.env);
    expect(listenerCount()).toBe(1);
    cleanup();
    browser.window.dispatchEvent(new Event('online'));
    browser.setVisibility('visible');
    expect(calls).toEqual([`schedule(${START_DELAY_MS})`]);
    expect(listenerCount()).toBe(0);
  });
});

describe('syncOnWake (service worker sync event)', () => {
  it('resolves when the pass went through and rejects while records still wait, so the browser retries', async () => {
    const { runner, setStatus, calls } = recordingRunner();
    await expect(syncOnWake(runner)).resolves.toBeUndefined();
    setStatus({ phase: 'offline', lastProblem: { code: 'network.unreachable', message: 'Sin conexión' } });
    await expect(syncOnWake(runner)).rejects.toThrow(/network\.unreachable/);
    expect(calls).toEqual(['syncNow', 'syncNow']);
  });
});
