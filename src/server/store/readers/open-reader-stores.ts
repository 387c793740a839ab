import { SqliteDialect, sql, type Kysely } from 'kysely';
import { storeDatabase, type StoreDatabase } from '../schema';
import { storesOn, type Stores } from '../stores';
import { openSqliteDatabase, preparingOnce } from '../sqlite/open-sqlite';
import { openPostgres } from '../postgres/open-postgres';
import { officeTables } from '../office-schema';
import { createTable } from '../table-definition';

/** Where the server's database is, as a worker thread is told (plain data: it crosses postMessage). */
export type DatabaseTarget = { kind: 'sqlite'; file: string } | { kind: 'postgres'; url: string };

// One connection: a report's few queries then run one after another, so a report worker keeps at most one
// PostgreSQL backend busy and the database keeps CPU for the server's own syncs (on 2 cores, two report
// queries at once took both).
const READER_POOL_SIZE = 1;

// SQLite page caches of an export's connection (KiB), for the database and for its private scratch table: an
// export reads each page once, in order, so the operating system's file cache serves it as well, and what does
// not fit goes to the files instead of staying in the process's memory (16 MB each by default).
const EXPORT_CACHE_KIB = 2_000;

const readerDatabase = (target: DatabaseTarget, logError: (error: unknown) => void): Kysely<StoreDatabase> =>
  target.kind === 'sqlite'
    ? storeDatabase(new SqliteDialect({ database: preparingOnce(openSqliteDatabase(target.file)) }))
    : openPostgres(target.url, logError, READER_POOL_SIZE);

/**
 * The stores on a second connection to a database the server has already opened and migrated, for a thread
 * that only reads (the report workers). No migration and no seeding here: the server did both before any
 * report could be asked for, and a reader must not take SQLite's write lock. On SQLite, WAL lets this
 * connection read beside the server's writer.
 */
export function openReaderStores(target: DatabaseTarget, logError: (error: unknown) => void): Stores {
  const db = readerDatabase(target, logError);
  return storesOn(db, () => db.destroy());
}

/**
 * A reader for the listado exports (export-worker.ts), which also write their scratch rows (listado_rows). On
 * SQLite those go to a TEMP table of this connection, which hides the stored one: the export never takes the
 * database's write lock from the server's syncs. On PostgreSQL, whose writers do not wait on each other, to
 * the stored table as in process.
 */
export async function openExportStores(target: DatabaseTarget, logError: (error: unknown) => void): Promise<Stores> {
  const db = readerDatabase(target, logError);
  if (target.kind === 'sqlite') {
    await sql`pragma temp_store = file`.execute(db);
    await sql.raw(`pragma main.cache_size = -${EXPORT_CACHE_KIB}`).execute(db);
    await sql.raw(`pragma temp.cache_size = -${EXPORT_CACHE_KIB}`).execute(db);
    await createTable(db as Kysely<unknown>, 'listado_rows', officeTables.listado_rows, { temporary: true });
  }
  return storesOn(db, () => db.destroy());
}
