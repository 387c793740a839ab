import type Database from 'better-sqlite3';
import { type Kysely, sql } from 'kysely';
import type { StoreDatabase } from '../schema';
import type { IncomingRecord, SyncStore, WriteOutcome } from '../sync-store';
import { batchOutcomes, conflictingVersions, firstOccurrences } from '../batch-outcomes';
import { chunks } from '../chunks';
import { recordContent } from '../../../core/records/canonical-json';
import { recordParams, recordStatements, ROWS_PER_INSERT, type StoredContentRow } from './record-statements';

const storedRecordContent = (row: StoredContentRow): string =>
  recordContent({
    kind: row.kind,
    schemaVersion: row.schema_version,
    deviceId: row.device_id,
    createdAt: row.created_at,
    payload: JSON.parse(row.payload),
  });

/**
 * The write is synchronous on purpose: better-sqlite3 blocks while the transaction
 * runs, so no other request can slip in between the INSERT and the conflict check.
 * Nothing else may hold a transaction open on this connection across an await.
 */
export function sqliteSyncStore(database: Database.Database, db: Kysely<StoreDatabase>): SyncStore {
  const statements = recordStatements(database, db);

  // The ids are distinct (first occurrences): when every row or none went in, changes() tells which without
  // RETURNING (which costs a sixth of the INSERT); a mixed chunk asks which ids got rowids past the old last one.
  const insertNew = (records: IncomingRecord[], receivedAt: string): Set<string> => {
    const inserted = new Set<string>();
    for (const chunk of chunks(records, ROWS_PER_INSERT)) {
      const lastBefore = statements.lastRowid.get()!;
      const { changes } = statements.insertRecords(chunk.length).run(recordParams(chunk, receivedAt));
      if (changes === chunk.length) for (const r of chunk) inserted.add(r.id);
      else if (changes > 0) for (const id of statements.idsAfter.all(JSON.stringify(chunk.map((r) => r.id)), lastBefore)) inserted.add(id);
    }
    return inserted;
  };

  // Only replays and conflicts get here: their stored content is rebuilt from the row, not kept twice.
  const storedContentOf = (ids: string[]): Map<string, string> => {
    if (ids.length === 0) return new Map();
    return new Map(statements.storedContents.all(JSON.stringify(ids)).map((row) => [row.id, storedRecordContent(row)]));
  };

  const keepConflicts = (records: IncomingRecord[], receivedAt: string): void => {
    // Rare path (a person must review each one): compiled per call.
    for (const chunk of chunks(records, Math.floor(32_766 / 5))) {
      const query = db
        .insertInto('record_conflicts')
        .values(
          chunk.map((r) => ({
            record_id: r.id,
            content_hash: r.contentHash,
            content: r.content,
            device_id: r.deviceId,
            received_at: receivedAt,
          })),
        )
        .onConflict((oc) => oc.columns(['record_id', 'content_hash']).doNothing())
        .compile();
      database.prepare(query.sql).run(...query.parameters);
    }
  };

  const writeBatch = database.transaction((records: readonly IncomingRecord[], receivedAt: string): WriteOutcome[] => {
    const candidates = firstOccurrences(records);
    const inserted = insertNew(candidates, receivedAt);
    const stored = storedContentOf(candidates.filter((r) => !inserted.has(r.id)).map((r) => r.id));
    const outcomes = batchOutcomes(records, inserted, stored);
    keepConflicts(conflictingVersions(records, outcomes), receivedAt);
    return outcomes;
  });

  // Admission checks await between their reads and the write: a queue keeps batches from interleaving.
  let queue: Promise<unknown> = Promise.resolve();
  const atomically = <T>(work: () => Promise<T>): Promise<T> => {
    const run = queue.then(work, work);
    queue = run.catch(() => undefined);
    return run;
  };

  return {
    writeBatch: async (records, receivedAt) => (records.length === 0 ? [] : writeBatch(records, receivedAt)),
    atomically,
    ping: async () => {
      await sql`select 1`.execute(db);
    },
    close: () => db.destroy(),
  };
}
