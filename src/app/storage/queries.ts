import { liveQuery } from 'dexie';
import type { CabildoDatabase } from './database';
import type { LocalRecord, SyncState } from './local-record';

export { retryRecord } from './retry-record';

export interface SyncCounts {
  pending: number;
  attention: number;
  synced: number;
}

export interface RecordFilter {
  kind?: string;
  eventId?: string;
  syncState?: SyncState;
  limit?: number;
}

type Unsubscribe = () => void;
type OnError = (error: unknown) => void;

// A live query re-runs whenever a write touches what it read, in this tab or another.
function observe<T>(query: () => Promise<T>, cb: (value: T) => void, onError: OnError): Unsubscribe {
  const subscription = liveQuery(query).subscribe({ next: cb, error: onError });
  return () => subscription.unsubscribe();
}

const countIn = (db: CabildoDatabase, state: SyncState) => db.records.where('syncState').equals(state).count();

export function observeSyncCounts(db: CabildoDatabase, cb: (c: SyncCounts) => void, onError: OnError = () => {}): Unsubscribe {
  return observe(
    async () => {
      const [pending, attention, synced] = await Promise.all([
        countIn(db, 'pending'),
        countIn(db, 'attention'),
        countIn(db, 'synced'),
      ]);
      return { pending, attention, synced };
    },
    cb,
    onError,
  );
}

// The most selective index goes to IndexedDB; the remaining conditions filter in memory.
function selectRecords(db: CabildoDatabase, filter: RecordFilter) {
  const base =
    filter.eventId !== undefined
      ? db.records.where('eventId').equals(filter.eventId)
      : filter.kind !== undefined
        ? db.records.where('kind').equals(filter.kind)
        : filter.syncState !== undefined
          ? db.records.where('syncState').equals(filter.syncState)
          : db.records.toCollection();
  return base
    .reverse()
    .filter(
      (r) =>
        (filter.kind === undefined || r.kind === filter.kind) &&
        (filter.syncState === undefined || r.syncState === filter.syncState),
    );
}

/** Records matching the filter, newest first (ids are UUIDv7, so id order is creation order). */
export function observeRecords(
  db: CabildoDatabase,
  filter: RecordFilter,
  cb: (records: LocalRecord[]) => void,
  onError: OnError = () => {},
): Unsubscribe {
  return observe(
    () => {
      const selected = selectRecords(db, filter);
      return (filter.limit === undefined ? selected : selected.limit(filter.limit)).toArray();
    },
    cb,
    onError,
  );
}
