/** The part of the Web Locks API the runner uses (navigator.locks in pages and service workers). */
export interface LockManagerLike {
  request<T>(name: string, options: { ifAvailable?: boolean }, callback: (lock: unknown) => T | Promise<T>): Promise<T>;
}

/** Shared by every tab and the service worker of this origin: one outbox, one sender. */
export const OUTBOX_LOCK_NAME = 'cabildo-outbox';

// Typed as the DOM's LockManager on purpose: this only compiles while the real one fits LockManagerLike.
export const defaultLocks = (): LockManagerLike | undefined =>
  (globalThis as { navigator?: { locks?: LockManager } }).navigator?.locks;

/**
 * Runs `body` holding the outbox lock, or returns 'busy' at once if another tab holds it.
 * Without Web Locks (old browsers) it just runs: the server recognises a resent record as
 * a duplicate, so a rare double send costs bandwidth, never data.
 */
export async function withOutboxLock(locks: LockManagerLike | undefined, body: () => Promise<void>): Promise<'ran' | 'busy'> {
  if (locks === undefined) {
    await body();
    return 'ran';
  }
  return locks.request(OUTBOX_LOCK_NAME, { ifAvailable: true }, async (lock): Promise<'ran' | 'busy'> => {
    if (lock === null) return 'busy';
    await body();
    return 'ran';
  });
}
