import type { OutboxRunner } from './runner';

/** The tag the service worker listens for in its 'sync' event; it then calls runner.syncNow(). */
export const BACKGROUND_SYNC_TAG = 'cabildo-outbox';

// Background Sync is Chromium-only and absent from TypeScript's DOM types.
interface SyncCapableRegistration {
  sync?: { register(tag: string): Promise<void> };
}

/**
 * Asks the browser to wake the service worker when connectivity returns, even if the page is
 * closed. Only an extra wake-up: where unsupported, the outbox waits for the next app start.
 */
export async function requestBackgroundSync(navigator: Navigator): Promise<boolean> {
  try {
    const registration = (await navigator.serviceWorker?.getRegistration()) as SyncCapableRegistration | undefined;
    if (registration?.sync === undefined) return false;
    await registration.sync.register(BACKGROUND_SYNC_TAG);
    return true;
  } catch {
    return false;
  }
}

/**
 * For the service worker's 'sync' event: `event.waitUntil(syncOnWake(runner))`. Rejects while
 * records are still waiting after the try, so the browser schedules another wake-up.
 */
export async function syncOnWake(runner: Pick<OutboxRunner, 'syncNow' | 'status'>): Promise<void> {
  await runner.syncNow();
  const status = runner.status();
  if (status.phase === 'offline' || status.phase === 'error') {
    throw new Error(`cabildo-outbox: ${status.lastProblem?.code ?? status.phase}`);
  }
}
