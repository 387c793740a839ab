import type Database from 'better-sqlite3';
import { sql, type Kysely } from 'kysely';
import type { StoreDatabase } from '../schema';
import type { IncomingRecord } from '../sync-store';

/**
 * The prepared statements of the sync write path. Kysely writes the SQL (typed against
 * the schema); better-sqlite3 runs it synchronously, so a batch is one uninterrupted
 * transaction and each statement is parsed once, not once per request.
 */

// The bundled SQLite allows 32766 bound parameters; records have 8 columns.
export const ROWS_PER_INSERT = Math.floor(32_766 / 8);
// One INSERT statement per batch size seen; clients send a few sizes (full batches and
// a tail), so a small least-recently-used set keeps memory bounded whatever they send.
const CACHED_INSERTS = 16;

/** One row of `records`: its key order is the column order of the INSERT and of its parameters. */
const recordRow = (r: IncomingRecord, receivedAt: string) => ({
  id: r.id,
  kind: r.kind,
  schema_version: r.schemaVersion,
  device_id: r.deviceId,
  created_at: r.createdAt,
  received_at: receivedAt,
  payload: r.payload,
  event_id: r.eventId,
});

export function recordParams(records: readonly IncomingRecord[], receivedAt: string): unknown[] {
  const params: unknown[] = [];
  for (const r of records) params.push(...Object.values(recordRow(r, receivedAt)));
  return params;
}

export interface StoredContentRow {
  id: string;
  kind: string;
  schema_version: number;
  device_id: string;
  created_at: string;
  payload: string;
}

export interface RecordStatements {
  /** INSERT … ON CONFLICT (id) DO NOTHING RETURNING id, for exactly `rows` records; yields the new ids. */
  insertRecords(rows: number): Database.Statement<unknown[], string>;
  /** The stored content of the ids in a JSON array (one statement for any number of ids). */
  storedContents: Database.Statement<[string], StoredContentRow>;
}

export function recordStatements(database: Database.Database, db: Kysely<StoreDatabase>): RecordStatements {
  const inserts = new Map<number, Database.Statement<unknown[], string>>();
  const placeholder: IncomingRecord = { id: '', kind: '', schemaVersion: 0, deviceId: '', createdAt: '', payload: '', eventId: null, content: '', contentHash: '' };
  const insertSql = (rows: number) =>
    db
      .insertInto('records')
      .values(Array.from({ length: rows }, () => recordRow(placeholder, '')))
      .onConflict((oc) => oc.column('id').doNothing())
      .returning('id')
      .compile().sql;

  return {
    insertRecords(rows) {
      const statement = inserts.get(rows) ?? database.prepare<unknown[], string>(insertSql(rows)).pluck();
      inserts.delete(rows);
      inserts.set(rows, statement);
      if (inserts.size > CACHED_INSERTS) inserts.delete(inserts.keys().next().value!);
      return statement;
    },
    storedContents: database.prepare(
      db
        .selectFrom('records')
        .select(['id', 'kind', 'schema_version', 'device_id', 'created_at', 'payload'])
        .where('id', 'in', sql<string>`(select value from json_each(${''}))`)
        .compile().sql,
    ),
  };
}
