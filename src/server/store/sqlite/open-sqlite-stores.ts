import { resolve } from 'node:path';
import { CompiledQuery, SqliteDialect, SqliteDriver, type DatabaseConnection, type SqliteDialectConfig } from 'kysely';
import { storeDatabase } from '../schema';
import { storesOn, type Stores } from '../stores';
import { migrateAndSeed } from '../migrate';
import { openSqliteDatabase, preparingOnce } from './open-sqlite';

// The last turn taken on each file, by absolute path: every connection this process opens on one file takes
// turns on it, first come first served.
const lastTurnByFile = new Map<string, Promise<void>>();

/** Waits for the file's turn; answers how to end it. */
async function takeTurn(file: string): Promise<() => void> {
  let release!: () => void;
  const previous = lastTurnByFile.get(file);
  lastTurnByFile.set(file, new Promise((resolve) => (release = resolve)));
  await previous;
  return release;
}

/**
 * Kysely's driver, with two changes. Transactions take the write lock when they begin (BEGIN IMMEDIATE): one
 * that read first and then wrote would fail at once with SQLITE_BUSY, not wait, were another connection writing
 * in between. And the connections of one process to one file take turns: better-sqlite3 waits for a busy file
 * synchronously, which would block the very event loop that must finish the transaction holding it.
 */
class SqliteFileDriver extends SqliteDriver {
  #release: (() => void) | undefined;
  constructor(
    config: SqliteDialectConfig,
    private readonly file: string,
  ) {
    super(config);
  }
  override async acquireConnection(): Promise<DatabaseConnection> {
    const release = await takeTurn(this.file);
    const connection = await super.acquireConnection();
    this.#release = release;
    return connection;
  }
  override async releaseConnection(): Promise<void> {
    const release = this.#release;
    this.#release = undefined;
    await super.releaseConnection();
    release?.();
  }
  override async beginTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw('begin immediate'));
  }
}

class SqliteFileDialect extends SqliteDialect {
  constructor(
    private readonly file: string,
    private readonly config: SqliteDialectConfig,
  ) {
    super(config);
  }
  override createDriver(): SqliteDriver {
    return new SqliteFileDriver(this.config, resolve(this.file));
  }
}

/**
 * Opens (creating if needed) the SQLite file, migrates it, and builds every store on the one connection.
 * One process per file: Kysely hands the connection to one query or transaction at a time.
 */
export async function openSqliteStores(file: string): Promise<Stores> {
  const db = storeDatabase(new SqliteFileDialect(file, { database: preparingOnce(openSqliteDatabase(file)) }));
  try {
    await migrateAndSeed(db);
    const stores = storesOn(db, () => db.destroy());
    await stores.forms.reload();
    return stores;
  } catch (error) {
    await db.destroy();
    throw error;
  }
}
