import type { OutboxRunner } from './runner';

/**
 * When to refresh form definitions and escuchadero statuses: now, when the connection returns, and after
 * each push pass that ended (a message just sent may already have its case; answers arrive "on the next
 * sync"). Runs one refresh at a time. Returns the cleanup.
 */
export function installFormsPullTriggers(refresh: () => Promise<unknown>, runner: Pick<OutboxRunner, 'subscribe'>, env: { window: Window }): () => void {
  let running: Promise<unknown> | undefined;
  let again = false;
  const run = (): void => {
    if (running) {
      again = true;
      return;
    }
    running = refresh()
      .catch(() => undefined)
      .finally(() => {
        running = undefined;
        if (again) {
          again = false;
          run();
        }
      });
  };
  let wasSyncing = false;
  const unsubscribe = runner.subscribe((status) => {
    if (wasSyncing && status.phase === 'idle') run();
    wasSyncing = status.phase === 'syncing';
  });
  env.window.addEventListener('online', run);
  run();
  return () => {
    env.window.removeEventListener('online', run);
    unsubscribe();
  };
}
