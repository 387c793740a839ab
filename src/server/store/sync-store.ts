/** What the HTTP resources need from storage to ingest records (one implementation: kysely/sync-store.ts). */

/**
 * A validated record, serialised by the caller. `content` and `contentHash` are computed on
 * first read: only a replayed or conflicting id needs them, and hashing every record would
 * cost as much as storing it.
 */
export interface IncomingRecord {
  id: string;
  kind: string;
  schemaVersion: number;
  deviceId: string;
  createdAt: string;
  /** JSON text of the validated payload. */
  payload: string;
  /** payload.eventId when it is text, else null: indexed so an event's records are found fast. */
  eventId: string | null;
  /** personColumnsOf(payload): what habeas data looks the record up by. */
  documentNumber: string | null;
  attendeeLink: string | null;
  /** recordContent() of the record: the text that decides duplicate vs conflict. */
  readonly content: string;
  readonly contentHash: string;
}

export type WriteOutcome = 'accepted' | 'duplicate' | 'conflict';

export interface SyncStore {
  /**
   * Writes the whole batch in one transaction: a record whose id is new is stored;
   * an id already stored with the same content is a duplicate; with different content
   * it is a conflict (the first version stays, the other is kept for review).
   * Returns one outcome per input record, in input order.
   */
  writeBatch(records: readonly IncomingRecord[], receivedAt: string): Promise<WriteOutcome[]>;
  /**
   * Runs `work` (checks that read stored data, then writeBatch) so that no other batch's checks or write land
   * in between: two devices syncing at once cannot both pass a "one answer per person" check.
   * SQLite: one queue in the process (the only process on the file). PostgreSQL: the first read inside opens
   * one transaction holding the records lock, which every process respects, and the write joins it.
   */
  atomically<T>(work: () => Promise<T>): Promise<T>;
  /** Throws if the database does not answer. */
  ping(): Promise<void>;
  close(): Promise<void>;
}
