import { createSignal, onCleanup } from 'solid-js';
import { observeMyPasses, readMyPass } from '../../storage/door-queries';
import type { MyPass } from '../../storage/door-tables';
import { dataServices } from '../services';

/** The passes this device received, newest first (live). */
export function useMyPasses() {
  const [passes, setPasses] = createSignal<MyPass[]>();
  let stop: (() => void) | undefined;
  let disposed = false;
  void dataServices().then((services) => {
    if (!disposed) stop = observeMyPasses(services.db, setPasses);
  });
  onCleanup(() => {
    disposed = true;
    stop?.();
  });
  return passes;
}

/** One pass, or null when this device does not have it. */
export function useMyPass(attendeeId: () => string) {
  const [pass, setPass] = createSignal<MyPass | null>();
  void dataServices().then(async (services) => setPass((await readMyPass(services.db, attendeeId())) ?? null));
  return pass;
}
