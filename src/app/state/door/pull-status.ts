import { createSignal } from 'solid-js';
import { pullAll } from '../../sync/pull';
import { createPullScheduler, type PullScheduler, type PullStatus } from '../../sync/pull-scheduler';
import { installPullTriggers } from '../../sync/pull-triggers';
import type { DataServices } from '../data-services';
import { dataServices } from '../services';

let scheduler: PullScheduler | undefined;
const [pullStatus, setPullStatus] = createSignal<PullStatus>({ phase: 'idle' });

/** The pull's phase and last success (the door shows how fresh its list is). */
export { pullStatus };

/** Called once the data layer is up (app start): pulls now, when back online and after each push. */
export function startPulling(services: DataServices): () => void {
  if (scheduler) return () => {};
  const created = createPullScheduler({
    pull: () => pullAll({ db: services.db, fetch: (input, init) => fetch(input, init), catalogues: services.catalogues }),
    isOnline: () => navigator.onLine,
  });
  scheduler = created;
  const unsubscribe = created.subscribe((status) => setPullStatus({ ...status }));
  const uninstall = installPullTriggers(created, services.runner, { window });
  return () => {
    uninstall();
    unsubscribe();
    created.stop();
    scheduler = undefined;
  };
}

async function ready(): Promise<PullScheduler> {
  const services = await dataServices();
  startPulling(services);
  return scheduler!;
}

export async function pullNow(): Promise<void> {
  await (await ready()).pullNow();
}

/** While a door screen is open: pull every ~30 s when online. Returns the release (call it on cleanup). */
export function keepDoorFresh(): () => void {
  let release: (() => void) | undefined;
  let released = false;
  void ready().then((s) => {
    if (!released) release = s.keepFresh();
  });
  return () => {
    released = true;
    release?.();
  };
}
