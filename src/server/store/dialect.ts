import { PostgresAdapter, sql, type Kysely, type RawBuilder, type TransactionBuilder } from 'kysely';
import type { StoreDatabase } from './schema';
import type { IncomingRecord } from './sync-store';
import { preparedQuery } from './kysely/prepared-query';

type Db = Kysely<StoreDatabase>;

/**
 * Everything the stores and the migrations say differently to SQLite and PostgreSQL; both are written once.
 * SQLite is one connection in one process (a transaction holds the whole database); PostgreSQL is shared by
 * several processes, which agree through advisory locks and NOTIFY. SQLite's migration text stays exactly what
 * it was before PostgreSQL existed: databases already on disk remember those migrations.
 */
export interface Dialect {
  name: 'sqlite' | 'postgres';
  /** The record change sequence of `records as <alias>`: SQLite's rowid, PostgreSQL's seq column. */
  recordSeq(alias: string): RawBuilder<number>;
  /** `ref` is one of `values`, bound as one parameter whatever their number (one statement, no bind limit). */
  oneOf(ref: string | RawBuilder<unknown>, values: readonly string[]): RawBuilder<boolean>;
  /**
   * A top-level field of a JSON text column (literal key), NULL when absent: the very expression of the indexes
   * of migrations 0100/0101, so the queries that must match them say the same text.
   */
  jsonText(column: string, key: string): RawBuilder<string | null>;
  /** A nested JSON field when it is a string, else NULL (literal path, e.g. ['document', 'number']). */
  jsonString(column: string, path: readonly string[]): RawBuilder<string | null>;
  /** A submission's answer to a field (the id is bound, never spliced into the SQL). */
  answerOf(fieldId: string): RawBuilder<unknown>;
  /** Takes a lock that the transaction holds until it ends: writers of one sequence commit in its order. */
  lock(tx: Db, name: 'records' | 'events'): Promise<void>;
  snapshot(db: Db): TransactionBuilder<StoreDatabase>;
  /** Stores the records whose id is new and answers their ids (the ids given are distinct). */
  insertRecords(db: Db, records: readonly IncomingRecord[], receivedAt: string): Promise<Set<string>>;
  /** Whether a batch write needs its own transaction around insert, reads and conflict copies. */
  batchInTransaction: boolean;
  /** Tells the other server processes what was stored (in the storing transaction: heard once it commits). */
  announce<K extends keyof Announcements>(tx: Db, kind: K, payload: Announcements[K]): Promise<void>;
}

/** What a server process tells the others it stored, each kind on its own channel (payload: JSON). */
export interface Announcements {
  formVersion: [formId: string, version: number];
  settingsVersion: [version: number];
}

const refOf = (ref: string | RawBuilder<unknown>) => (typeof ref === 'string' ? sql.ref(ref) : ref);

// What an incoming record fills in `records`, beside received_at; the INSERTs of both dialects name them so.
const cellsOf = (r: IncomingRecord) => [r.id, r.kind, r.schemaVersion, r.deviceId, r.createdAt, r.payload, r.eventId, r.documentNumber, r.attendeeLink];

const insertRows = preparedQuery<{ receivedAt: string; rows: string }, unknown>(
  (db, p) => sql`
    insert into records (id, kind, schema_version, device_id, created_at, received_at, payload, event_id, document_number, attendee_link)
    select value ->> 0, value ->> 1, value ->> 2, value ->> 3, value ->> 4, ${p('receivedAt')}, value ->> 5, value ->> 6, value ->> 7, value ->> 8
    from json_each(${p('rows')}) where true
    on conflict (id) do nothing`,
);

export const sqliteDialect: Dialect = {
  name: 'sqlite',
  recordSeq: (alias) => sql<number>`${sql.raw(alias)}.rowid`,
  oneOf: (ref, values) => sql<boolean>`${refOf(ref)} in (select value from json_each(${JSON.stringify(values)}))`,
  jsonText: (column, key) => sql`json_extract(${sql.raw(column)}, ${sql.lit(`$.${key}`)})`,
  jsonString: (column, path) => {
    const at = sql.lit(`$.${path.join('.')}`);
    return sql`case when json_type(${sql.raw(column)}, ${at}) = 'text' then json_extract(${sql.raw(column)}, ${at}) end`;
  },
  answerOf: (fieldId) => sql`json_extract(r.payload, ${`$.answers.${fieldId}`})`,
  // The one connection is the lock: a transaction holds it until it ends.
  lock: async () => {},
  snapshot: (db) => db.transaction(),
  // Rows travel as one JSON array: one statement, compiled and prepared once, whatever the batch size (as
  // PostgreSQL's unnest, below). When every row or none went in, the change count tells which without RETURNING
  // (which costs a sixth of the INSERT). A mixed batch asks which ids got the rowids it took: one statement numbers
  // its rows one after another (max(rowid) + 1 each), so they are the `changes` up to the last insert's.
  insertRecords: async (db, records, receivedAt) => {
    const { numAffectedRows, insertId } = await insertRows(db, { receivedAt, rows: JSON.stringify(records.map(cellsOf)) });
    const changes = Number(numAffectedRows ?? 0);
    if (changes === records.length) return new Set(records.map((r) => r.id));
    if (changes === 0) return new Set();
    const ids = records.map((r) => r.id);
    const first = Number(insertId) - changes;
    return new Set((await db.selectFrom('records').select('id').where(sqliteDialect.oneOf('id', ids)).where(sql`rowid`, '>', first).execute()).map((r) => r.id));
  },
  batchInTransaction: true,
  // One process: it knows what it stored.
  announce: async () => {},
};

/**
 * Keys of the PostgreSQL advisory locks, one per thing that must happen one at a time across every server
 * process sharing the database. Arbitrary constants; they only need to differ from each other.
 */
export const LOCKS = { schema: 4_262_001, records: 4_262_002, events: 4_262_003 } as const;

/** The PostgreSQL channel of each kind of announcement (src/server/store/postgres/announcement-listener.ts). */
export const ANNOUNCEMENT_CHANNELS: Record<keyof Announcements, string> = {
  formVersion: 'cabildo_form_versions',
  settingsVersion: 'cabildo_settings_versions',
};

const textArray = (values: readonly unknown[], type = 'text') => sql`${[...values]}::${sql.raw(type)}[]`;

export const postgresDialect: Dialect = {
  name: 'postgres',
  recordSeq: (alias) => sql<number>`${sql.raw(alias)}.seq`,
  oneOf: (ref, values) => sql<boolean>`${refOf(ref)} = any(${textArray(values)})`,
  jsonText: (column, key) => sql`(${sql.raw(column)}::jsonb ->> ${sql.lit(key)})`,
  jsonString: (column, path) => {
    const at = sql.lit(`{${path.join(',')}}`);
    return sql`case when jsonb_typeof(${sql.raw(column)}::jsonb #> ${at}) = 'string' then ${sql.raw(column)}::jsonb #>> ${at} end`;
  },
  answerOf: (fieldId) => sql`(r.payload::jsonb -> 'answers' ->> ${fieldId})`,
  lock: async (tx, name) => {
    await sql`select pg_advisory_xact_lock(${sql.lit(LOCKS[name])})`.execute(tx);
  },
  // Writers commit in sequence order (the locks above), so a snapshot sees exactly the rows up to its heads.
  snapshot: (db) => db.transaction().setIsolationLevel('repeatable read').setAccessMode('read only'),
  // records.seq must grow in commit order: were a batch numbered 10 to commit after a pull had read 11, that
  // device would never receive it. So the insert takes the records lock (a one-time filter, evaluated before
  // any row is numbered) in its own statement: lock, insert, commit, with no round trip to this process's busy
  // event loop while other processes wait. Columns travel as arrays: one statement whatever the batch size.
  insertRecords: async (db, records, receivedAt) => {
    const cells = records.map(cellsOf);
    const column = (i: number, type = 'text') => textArray(cells.map((row) => row[i]), type);
    const { rows } = await sql<{ id: string }>`
      insert into records (id, kind, schema_version, device_id, created_at, received_at, payload, event_id, document_number, attendee_link)
      select id, kind, schema_version, device_id, created_at, ${receivedAt}, payload, event_id, document_number, attendee_link
      from unnest(${column(0)}, ${column(1)}, ${column(2, 'int')}, ${column(3)}, ${column(4)}, ${column(5)}, ${column(6)}, ${column(7)}, ${column(8)})
        as t(id, kind, schema_version, device_id, created_at, payload, event_id, document_number, attendee_link)
      where (select count(*) from (select pg_advisory_xact_lock(${sql.lit(LOCKS.records)})) as records_lock) = 1
      on conflict (id) do nothing
      returning id`.execute(db);
    return new Set(rows.map((r) => r.id));
  },
  // Stored records never change, so reading them after the insert committed answers the same; a conflict copy
  // is insert-if-absent, so a crash before it is stored is repaired by the device's replay.
  batchInTransaction: false,
  announce: async (tx, kind, payload) => {
    await sql`select pg_notify(${ANNOUNCEMENT_CHANNELS[kind]}, ${JSON.stringify(payload)})`.execute(tx);
  },
};

/** The dialect of a database (or of one of its connections), told by its Kysely adapter. */
export const dialectOf = (db: Pick<Kysely<unknown>, 'getExecutor'>): Dialect =>
  db.getExecutor().adapter instanceof PostgresAdapter ? postgresDialect : sqliteDialect;
