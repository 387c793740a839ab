import { createSignal, onCleanup } from 'solid-js';
import type { LocalRecord } from '../storage/local-record';
import { dataServices } from './services';

const LIST_LIMIT = 200;

/**
 * Records the server answered with conflict or rejected, live. Call inside a component:
 * the subscription ends with it.
 */
export function useAttentionRecords() {
  const [records, setRecords] = createSignal<LocalRecord[]>();
  let unsubscribe: (() => void) | undefined;
  let disposed = false;
  void dataServices().then((services) => {
    if (disposed) return;
    unsubscribe = services.observeRecords({ syncState: 'attention', limit: LIST_LIMIT }, (next) => setRecords(next));
  });
  onCleanup(() => {
    disposed = true;
    unsubscribe?.();
  });
  return records;
}

/** Puts the record back in the outbox and tries to send it now. */
export async function retry(id: string): Promise<void> {
  const services = await dataServices();
  await services.retryRecord(id);
  await services.runner.syncNow();
}

/** The attendee's name, for a list that people scan by eye. */
export function attendeeName(record: LocalRecord): string {
  const name = (record.payload as { fullName?: unknown } | null)?.fullName;
  return typeof name === 'string' ? name : record.id;
}
