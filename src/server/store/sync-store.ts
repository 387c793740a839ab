import { sql, type Kysely } from 'kysely';
import type { StoreDatabase } from './schema';
import { batchOutcomes, conflictingVersions, firstOccurrences, type WriteOutcome } from '../../core/sync/batch-outcomes';
import { recordContent } from '../../core/records/canonical-json';
import type { Engine } from './kysely/engine';

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

// Both databases bind tens of thousands of parameters at least; a conflict row has 7.
const CONFLICTS_PER_INSERT = Math.floor(32_766 / 7);

/**
 * Ingest: new ids are stored (dialect.insertRecords, the hot path: one statement per batch, prepared once on
 * SQLite), replays and conflicts are told apart by the content stored under their id, and each conflicting
 * version is kept once for review.
 */
export function syncStore(engine: Engine) {
  const { dialect } = engine;

  // Only replays and conflicts get here: their stored content is rebuilt from the row, not kept twice.
  const storedContentOf = async (db: Kysely<StoreDatabase>, ids: string[]): Promise<Map<string, string>> => {
    const rows = await db
      .selectFrom('records')
      .select(['id', 'kind', 'schemaVersion', 'deviceId', 'createdAt', 'payload'])
      .where(dialect.oneOf('id', ids))
      .execute();
    return new Map(rows.map(({ id, ...row }) => [id, recordContent({ ...row, payload: JSON.parse(row.payload) })]));
  };

  const keepConflicts = async (db: Kysely<StoreDatabase>, records: IncomingRecord[], receivedAt: string): Promise<void> => {
    // Chunked so that each statement stays under the database's bound-parameter limit.
    for (let i = 0; i < records.length; i += CONFLICTS_PER_INSERT) {
      await db
        .insertInto('record_conflicts')
        .values(
          records.slice(i, i + CONFLICTS_PER_INSERT).map((r) => ({
            recordId: r.id,
            contentHash: r.contentHash,
            content: r.content,
            deviceId: r.deviceId,
            receivedAt,
            documentNumber: r.documentNumber,
            attendeeLink: r.attendeeLink,
          })),
        )
        .onConflict((oc) => oc.columns(['recordId', 'contentHash']).doNothing())
        .execute();
    }
  };

  const write = async (records: readonly IncomingRecord[], receivedAt: string): Promise<WriteOutcome[]> => {
    // Inside an atomic section whose admission read the database: its transaction, already locked.
    const db = engine.db();
    const candidates = firstOccurrences(records);
    const inserted = await dialect.insertRecords(db, candidates, receivedAt);
    const replayed = candidates.filter((r) => !inserted.has(r.id)).map((r) => r.id);
    const outcomes = batchOutcomes(records, inserted, replayed.length === 0 ? new Map() : await storedContentOf(db, replayed));
    const conflicts = conflictingVersions(records, outcomes);
    if (conflicts.length > 0) await keepConflicts(db, conflicts, receivedAt);
    return outcomes;
  };

  return {
    /**
     * Writes the whole batch in one transaction: a record whose id is new is stored;
     * an id already stored with the same content is a duplicate; with different content
     * it is a conflict (the first version stays, the other is kept for review).
     * Returns one outcome per input record, in input order.
     */
    writeBatch: async (records: readonly IncomingRecord[], receivedAt: string): Promise<WriteOutcome[]> => {
      if (records.length === 0) return [];
      return dialect.batchInTransaction ? engine.inTransaction(() => write(records, receivedAt)) : write(records, receivedAt);
    },
    /**
     * Runs `work` (checks that read stored data, then writeBatch) so that no other batch's checks or write land
     * in between: two devices syncing at once cannot both pass a "one answer per person" check.
     * SQLite: one queue in the process (the only process on the file). PostgreSQL: the first read inside opens
     * one transaction holding the records lock, which every process respects, and the write joins it.
     */
    atomically: <T>(work: () => Promise<T>): Promise<T> => engine.atomically(work),
    /** Throws if the database does not answer. */
    ping: async (): Promise<void> => {
      await sql`select 1`.execute(engine.db());
    },
  };
}

export type SyncStore = ReturnType<typeof syncStore>;
