import { createSignal, onCleanup } from 'solid-js';
import { observePendingSubmissions } from '../../storage/forms-records';
import { formsServices } from './forms-services';

/** How many answers on this device still wait for the server (undefined until storage answers). */
export function createPendingSubmissions(): () => number | undefined {
  const [count, setCount] = createSignal<number>();
  let stop: (() => void) | undefined;
  let disposed = false;
  onCleanup(() => {
    disposed = true;
    stop?.();
  });
  void formsServices().then((fs) => {
    if (!disposed) stop = observePendingSubmissions(fs.db, setCount);
  });
  return count;
}
