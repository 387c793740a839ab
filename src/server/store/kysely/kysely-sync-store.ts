import { sql, type Kysely } from 'kysely';
import type { StoreDatabase } from '../schema';
import type { IncomingRecord, SyncStore, WriteOutcome } from '../sync-store';
import { batchOutcomes, conflictingVersions, firstOccurrences } from '../batch-outcomes';
import { chunks } from '../chunks';
import { recordContent } from '../../../core/records/canonical-json';
import type { Engine } from './engine';

// Both databases bind tens of thousands of parameters at least; a conflict row has 7.
const CONFLICTS_PER_INSERT = Math.floor(32_766 / 7);

/**
 * Ingest: new ids are stored (dialect.insertRecords, the hot path: one statement per batch, prepared once on
 * SQLite), replays and conflicts are told apart by the content stored under their id, and each conflicting
 * version is kept once for review.
 */
export function kyselySyncStore(engine: Engine): SyncStore {
  const { dialect } = engine;

  // Only replays and conflicts get here: their stored content is rebuilt from the row, not kept twice.
  const storedContentOf = async (db: Kysely<StoreDatabase>, ids: string[]): Promise<Map<string, string>> => {
    const rows = await db
      .selectFrom('records')
      .select(['id', 'kind', 'schema_version', 'device_id', 'created_at', 'payload'])
      .where(dialect.oneOf('id', ids))
      .execute();
    const contentOf = (row: (typeof rows)[number]) =>
      recordContent({ kind: row.kind, schemaVersion: row.schema_version, deviceId: row.device_id, createdAt: row.created_at, payload: JSON.parse(row.payload) });
    return new Map(rows.map((row) => [row.id, contentOf(row)]));
  };

  const keepConflicts = async (db: Kysely<StoreDatabase>, records: IncomingRecord[], receivedAt: string): Promise<void> => {
    for (const chunk of chunks(records, CONFLICTS_PER_INSERT)) {
      await db
        .insertInto('record_conflicts')
        .values(
          chunk.map((r) => ({
            record_id: r.id,
            content_hash: r.contentHash,
            content: r.content,
            device_id: r.deviceId,
            received_at: receivedAt,
            document_number: r.documentNumber,
            attendee_link: r.attendeeLink,
          })),
        )
        .onConflict((oc) => oc.columns(['record_id', 'content_hash']).doNothing())
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
    writeBatch: async (records, receivedAt) => {
      if (records.length === 0) return [];
      return dialect.batchInTransaction ? engine.inTransaction(() => write(records, receivedAt)) : write(records, receivedAt);
    },
    atomically: (work) => engine.atomically(work),
    ping: async () => {
      await sql`select 1`.execute(engine.db());
    },
    // The database is closed by whoever opened it (sqlite/ or postgres/ open-*-stores.ts).
    close: async () => {},
  };
}
