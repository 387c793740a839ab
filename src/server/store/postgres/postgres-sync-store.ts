import { sql, type Kysely } from 'kysely';
import type { IncomingRecord, SyncStore, WriteOutcome } from '../sync-store';
import { batchOutcomes, conflictingVersions, firstOccurrences } from '../batch-outcomes';
import { chunks } from '../chunks';
import { recordContent } from '../../../core/records/canonical-json';
import { LOCKS } from './advisory-locks';
import type { PostgresDatabase } from './postgres-schema';
import type { TransactionScope } from './transaction-scope';
import type { StoredContentRow } from '../sqlite/record-statements';

const storedRecordContent = (row: StoredContentRow): string =>
  recordContent({ kind: row.kind, schemaVersion: row.schema_version, deviceId: row.device_id, createdAt: row.created_at, payload: JSON.parse(row.payload) });

// PostgreSQL binds at most 65535 parameters; a conflict row has 5.
const CONFLICTS_PER_INSERT = Math.floor(65_535 / 5);

/**
 * Ingest on PostgreSQL, shared by every server process. records.seq (an identity column) must grow in commit
 * order: were a batch numbered 10 to commit after a pull had read 11 and moved its cursor past 10, that device
 * would never receive it. So every insert first takes the records advisory lock, held until its transaction
 * commits: writers commit one at a time, in the order they were numbered. Readers never take it.
 * The lock is held for as short as possible: a batch with nothing to check is one statement in its own
 * transaction — lock (a one-time filter, evaluated before any row is numbered), insert, commit — so no round
 * trip to this process's busy event loop happens while other processes wait. Columns travel as arrays through
 * unnest(), one statement whatever the batch size. Only replays and conflicts need a second step.
 */
export function postgresSyncStore(scope: TransactionScope): SyncStore {
  const insertNew = async (db: Kysely<PostgresDatabase>, records: IncomingRecord[], receivedAt: string): Promise<Set<string>> => {
    const column = <T>(pick: (r: IncomingRecord) => T) => records.map(pick);
    const { rows } = await sql<{ id: string }>`
      insert into records (id, kind, schema_version, device_id, created_at, received_at, payload, event_id)
      select id, kind, schema_version, device_id, created_at, ${receivedAt}, payload, event_id
      from unnest(${column((r) => r.id)}::text[], ${column((r) => r.kind)}::text[], ${column((r) => r.schemaVersion)}::int[],
                  ${column((r) => r.deviceId)}::text[], ${column((r) => r.createdAt)}::text[], ${column((r) => r.payload)}::text[],
                  ${column((r) => r.eventId)}::text[])
        as t(id, kind, schema_version, device_id, created_at, payload, event_id)
      where (select count(*) from (select pg_advisory_xact_lock(${sql.lit(LOCKS.records)})) as records_lock) = 1
      on conflict (id) do nothing
      returning id`.execute(db);
    return new Set(rows.map((r) => r.id));
  };

  // Only replays and conflicts get here: their stored content is rebuilt from the row, not kept twice.
  const storedContentOf = async (db: Kysely<PostgresDatabase>, ids: string[]): Promise<Map<string, string>> => {
    const rows = await db
      .selectFrom('records')
      .select(['id', 'kind', 'schema_version', 'device_id', 'created_at', 'payload'])
      .where(sql<boolean>`id = any(${ids}::text[])`)
      .execute();
    return new Map(rows.map((row) => [row.id, storedRecordContent(row)]));
  };

  const keepConflicts = async (db: Kysely<PostgresDatabase>, records: IncomingRecord[], receivedAt: string): Promise<void> => {
    for (const chunk of chunks(records, CONFLICTS_PER_INSERT)) {
      await db
        .insertInto('record_conflicts')
        .values(chunk.map((r) => ({ record_id: r.id, content_hash: r.contentHash, content: r.content, device_id: r.deviceId, received_at: receivedAt })))
        .onConflict((oc) => oc.columns(['record_id', 'content_hash']).doNothing())
        .execute();
    }
  };

  const writeBatch = async (records: readonly IncomingRecord[], receivedAt: string): Promise<WriteOutcome[]> => {
    // Inside an atomic section whose admission read the database: its transaction, already locked.
    const db = scope.db();
    const candidates = firstOccurrences(records);
    const inserted = await insertNew(db, candidates, receivedAt);
    const replayed = candidates.filter((r) => !inserted.has(r.id)).map((r) => r.id);
    if (replayed.length === 0) return batchOutcomes(records, inserted, new Map());
    // Stored records never change, so reading them after the insert committed answers the same; a conflict
    // copy is insert-if-absent, so a crash before it is stored is repaired by the device's replay.
    const outcomes = batchOutcomes(records, inserted, await storedContentOf(db, replayed));
    const conflicts = conflictingVersions(records, outcomes);
    if (conflicts.length > 0) await keepConflicts(db, conflicts, receivedAt);
    return outcomes;
  };

  return {
    writeBatch: async (records, receivedAt) => (records.length === 0 ? [] : writeBatch(records, receivedAt)),
    atomically: (work) => scope.atomically(work),
    ping: async () => {
      await sql`select 1`.execute(scope.db());
    },
    // The pool is closed by open-postgres-stores.ts, which owns it.
    close: async () => {},
  };
}
