import type { OutboxRunner } from './runner';
import type { PullScheduler } from './pull-scheduler';

/**
 * When to pull besides the open door's timer: at start, when the connection comes back, and after each
 * push that ended well (the server may hold other devices' check-ins by then). Returns the cleanup.
 */
export function installPullTriggers(scheduler: PullScheduler, runner: Pick<OutboxRunner, 'subscribe'>, env: { window: Window }): () => void {
  const onOnline = () => void scheduler.pullNow();
  let wasSyncing = false;
  const unsubscribe = runner.subscribe((status) => {
    if (wasSyncing && status.phase === 'idle') void scheduler.pullNow();
    wasSyncing = status.phase === 'syncing';
  });
  env.window.addEventListener('online', onOnline);
  void scheduler.pullNow();
  return () => {
    env.window.removeEventListener('online', onOnline);
    unsubscribe();
  };
}
