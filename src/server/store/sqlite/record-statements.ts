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

/** The INSERT's parameters: recordRow's values, row after row, written straight into one array (no row objects). */
export function recordParams(records: readonly IncomingRecord[], receivedAt: string): unknown[] {
  const params: unknown[] = new Array(records.length * 8);
  let k = 0;
  for (const r of records) {
    params[k++] = r.id;
    params[k++] = r.kind;
    params[k++] = r.schemaVersion;
    params[k++] = r.deviceId;
    params[k++] = r.createdAt;
    params[k++] = receivedAt;
    params[k++] = r.payload;
    params[k++] = r.eventId;
  }
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
  /** INSERT … ON CONFLICT (id) DO NOTHING, for exactly `rows` records; run().changes counts the new ones. */
  insertRecords(rows: number): Database.Statement<unknown[]>;
  /** The highest rowid so far (0 when empty): rows inserted after reading it have greater rowids. */
  lastRowid: Database.Statement<[], number>;
  /** Of the ids in a JSON array, those stored after the given rowid. */
  idsAfter: Database.Statement<[string, number], string>;
  /** The stored content of the ids in a JSON array (one statement for any number of ids). */
  storedContents: Database.Statement<[string], StoredContentRow>;
}

export function recordStatements(database: Database.Database, db: Kysely<StoreDatabase>): RecordStatements {
  const inserts = new Map<number, Database.Statement<unknown[]>>();
  const placeholder: IncomingRecord = { id: '', kind: '', schemaVersion: 0, deviceId: '', createdAt: '', payload: '', eventId: null, content: '', contentHash: '' };
  const insertSql = (rows: number) =>
    db
      .insertInto('records')
      .values(Array.from({ length: rows }, () => recordRow(placeholder, '')))
      .onConflict((oc) => oc.column('id').doNothing())
      .compile().sql;
  const idsIn = sql<string>`(select value from json_each(${''}))`;
  const rowid = sql<number>`rowid`;

  return {
    insertRecords(rows) {
      const statement = inserts.get(rows) ?? database.prepare<unknown[]>(insertSql(rows));
      inserts.delete(rows);
      inserts.set(rows, statement);
      if (inserts.size > CACHED_INSERTS) inserts.delete(inserts.keys().next().value!);
      return statement;
    },
    lastRowid: database.prepare<[], number>(db.selectFrom('records').select(sql<number>`coalesce(max(rowid), 0)`.as('n')).compile().sql).pluck(),
    idsAfter: database
      .prepare<[string, number], string>(db.selectFrom('records').select('id').where('id', 'in', idsIn).where(rowid, '>', 0).compile().sql)
      .pluck(),
    storedContents: database.prepare(
      db
        .selectFrom('records')
        .select(['id', 'kind', 'schema_version', 'device_id', 'created_at', 'payload'])
        .where('id', 'in', idsIn)
        .compile().sql,
    ),
  };
}
