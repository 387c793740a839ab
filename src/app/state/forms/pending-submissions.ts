import { createSignal, onCleanup } from 'solid-js';
import { dataServicesStarted } from '../services';
import { storedDataExists } from '../stored-data';

/**
 * How many answers on this device still wait for the server (undefined until known). A phone with no database
 * has none, known without loading storage code; the live count follows once the data layer starts (the first
 * save, or after the first paint where records are already stored).
 */
export function createPendingSubmissions(): () => number | undefined {
  const [count, setCount] = createSignal<number>();
  let stop: (() => void) | undefined;
  let disposed = false;
  onCleanup(() => {
    disposed = true;
    stop?.();
  });
  void (async () => {
    if (!(await storedDataExists()) && !disposed) setCount(0);
    // Never starts the data layer itself: app-start does, after the first paint, where records are stored.
    await dataServicesStarted;
    const fs = await import('./forms-services').then((m) => m.formsServices());
    if (!disposed) stop = fs.observePending(setCount);
  })().catch(() => undefined);
  return count;
}
