import { requestBackgroundSync } from './background-sync';
import type { OutboxRunner, SyncStatus } from './runner';

export interface TriggerEnv {
  window: Window;
  document: Document;
  navigator: Navigator;
}

/** Soon after start, but after the first screen has had its turn. */
export const START_DELAY_MS = 500;
export const VISIBLE_DELAY_MS = 250;

const waiting = (s: SyncStatus): boolean => s.phase === 'offline' || s.phase === 'error';

/**
 * Wakes the runner when sending is likely to work: app start, the connection coming back,
 * the app coming back to the foreground (iOS freezes background tabs). The runner's own
 * backoff timer covers the rest. While records wait after a failed try, Background Sync
 * (where the browser has it) is asked to wake the service worker once the network returns.
 * Returns the cleanup.
 */
export function installSyncTriggers(runner: OutboxRunner, env: TriggerEnv): () => void {
  const onOnline = () => void runner.syncNow();
  const onVisibility = () => {
    if (env.document.visibilityState === 'visible') runner.schedule(VISIBLE_DELAY_MS);
    else if (waiting(runner.status())) void requestBackgroundSync(env.navigator);
  };
  let wasWaiting = false;
  const unsubscribe = runner.subscribe((status) => {
    const isWaiting = waiting(status);
    if (isWaiting && !wasWaiting) void requestBackgroundSync(env.navigator);
    wasWaiting = isWaiting;
  });
  env.window.addEventListener('online', onOnline);
  env.document.addEventListener('visibilitychange', onVisibility);
  runner.schedule(START_DELAY_MS);
  return () => {
    env.window.removeEventListener('online', onOnline);
    env.document.removeEventListener('visibilitychange', onVisibility);
    unsubscribe();
  };
}
