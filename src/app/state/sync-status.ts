import { createSignal } from 'solid-js';
import type { DataServices } from './data-services';
import { dataServices } from './services';

type Runner = DataServices['runner'];
export type SyncStatus = ReturnType<Runner['status']>;
export interface SyncCounts {
  pending: number;
  attention: number;
  synced: number;
}

const [counts, setCounts] = createSignal<SyncCounts>();
const [status, setStatus] = createSignal<SyncStatus>();

export { status };

export const isSyncing = () => status()?.phase === 'syncing';

/**
 * Record counts by sync state (undefined until the database first answers). While a pass runs,
 * pending comes from the runner's progress (total − done is exactly what is left in the outbox)
 * instead of re-counting IndexedDB after every batch: the live counts compete with the batches
 * for the same stores and made a 10,000-record drain about a third slower.
 */
export const syncCounts = (): SyncCounts | undefined => {
  const base = counts();
  const s = status();
  if (s?.phase !== 'syncing' || s.total === 0) return base;
  return { pending: Math.max(0, s.total - s.done), attention: base?.attention ?? 0, synced: base?.synced ?? 0 };
};

/** Wires the runner and the live counts into signals; returns a cleanup. */
export function startSyncStatus(services: DataServices): () => void {
  let unsubscribeCounts: (() => void) | undefined;
  const watchCounts = (on: boolean) => {
    if (on && !unsubscribeCounts) unsubscribeCounts = services.observeSyncCounts((next) => setCounts({ ...next }));
    if (!on && unsubscribeCounts) {
      unsubscribeCounts();
      unsubscribeCounts = undefined;
    }
  };
  watchCounts(true);
  const unsubscribeRunner = services.runner.subscribe((next) => {
    setStatus({ ...next });
    watchCounts(next.phase !== 'syncing'); // a fresh count as soon as the pass ends // a fresh count as soon as the pass ends
  });
  return () => {
    unsubscribeRunner();
    watchCounts(false);
  };
}

export async function syncNow(): Promise<void> {
  const services = await dataServices();
  await services.runner.syncNow();
}
