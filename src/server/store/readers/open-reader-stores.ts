import { Kysely, SqliteDialect } from 'kysely';
import type { StoreDatabase } from '../schema';
import { storesOn, type Stores } from '../stores';
import { openSqliteDatabase, preparingOnce } from '../sqlite/open-sqlite';
import { openPostgres } from '../postgres/open-postgres';

/** Where the server's database is, as a worker thread is told (plain data: it crosses postMessage). */
export type DatabaseTarget = { kind: 'sqlite'; file: string } | { kind: 'postgres'; url: string };

// One connection: a report's few queries then run one after another, so a report worker keeps at most one
// PostgreSQL backend busy and the database keeps CPU for the server's own syncs (on 2 cores, two report
// queries at once took both).
const READER_POOL_SIZE = 1;

/**
 * The stores on a second connection to a database the server has already opened and migrated, for a thread
 * that only reads (the report workers). No migration and no seeding here: the server did both before any
 * report could be asked for, and a reader must not take SQLite's write lock. On SQLite, WAL lets this
 * connection read beside the server's writer.
 */
export function openReaderStores(target: DatabaseTarget, logError: (error: unknown) => void): Stores {
  const db =
    target.kind === 'sqlite'
      ? new Kysely<StoreDatabase>({ dialect: new SqliteDialect({ database: preparingOnce(openSqliteDatabase(target.file)) }) })
      : openPostgres(target.url, logError, READER_POOL_SIZE);
  return storesOn(db, () => db.destroy());
}
