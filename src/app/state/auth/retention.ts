import { createSignal } from 'solid-js';
import { applyRetention, readRetentionDays, writeRetentionDays } from '../../storage/retention';
import type { DataServices } from '../data-services';
import { dataServices } from '../services';

export { MAX_RETENTION_DAYS, MIN_RETENTION_DAYS } from '../../storage/retention';

const DAY_MS = 24 * 60 * 60 * 1000;
const START_DELAY_MS = 15_000;

const [retentionDays, setRetentionDays] = createSignal<number>();
export { retentionDays };

let started = false;

/** At start and then once a day while the app stays open: personal data of old SYNCED records goes. */
export function startRetention(services: DataServices, now: () => Date = () => new Date()): void {
  if (started) return;
  started = true;
  const run = () => void applyRetention(services.db, now()).catch(() => undefined);
  void readRetentionDays(services.db).then(setRetentionDays, () => undefined);
  // Soon after start, not during it: the first screen and the first drain have IndexedDB to themselves.
  setTimeout(run, START_DELAY_MS);
  setInterval(run, DAY_MS);
}

/** The setting on /acerca; a shorter period applies at once. */
export async function changeRetentionDays(days: number): Promise<boolean> {
  const services = await dataServices();
  if (!(await writeRetentionDays(services.db, days))) return false;
  setRetentionDays(days);
  await applyRetention(services.db, new Date(), days).catch(() => undefined);
  return true;
}
