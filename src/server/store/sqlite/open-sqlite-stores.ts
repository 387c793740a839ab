import { resolve } from 'node:path';
import { CompiledQuery, Kysely, SqliteDialect, SqliteDriver, type DatabaseConnection, type SqliteDialectConfig } from 'kysely';
import type { StoreDatabase } from '../schema';
import { storesOn, type Stores } from '../stores';
import { migrateAndSeed } from '../migrate';
import { openSqliteDatabase, preparingOnce } from './open-sqlite';

/** Waiting turns for one SQLite file, first come first served. */
class FileTurns {
  #last: Promise<void> = Promise.resolve();
  async take(): Promise<() => void> {
    let release!: () => void;
    const previous = this.#last;
    this.#last = new Promise((resolve) => (release = resolve));
    await previous;
    return release;
  }
}

// Keyed by the file's absolute path: every connection this process opens on one file takes turns on it.
const turnsByFile = new Map<string, FileTurns>();

/**
 * Kysely's driver, with two changes. Transactions take the write lock when they begin (BEGIN IMMEDIATE): one
 * that read first and then wrote would fail at once with SQLITE_BUSY, not wait, were another connection writing
 * in between. And the connections of one process to one file take turns: better-sqlite3 waits for a busy file
 * synchronously, which would block the very event loop that must finish the transaction holding it.
 */
class SqliteFileDriver extends SqliteDriver {
  readonly #turns: FileTurns;
  #release: (() => void) | undefined;
  constructor(config: SqliteDialectConfig, turns: FileTurns) {
    super(config);
    this.#turns = turns;
  }
  override async acquireConnection(): Promise<DatabaseConnection> {
    const release = await this.#turns.take();
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
  readonly #config: SqliteDialectConfig;
  readonly #turns: FileTurns;
  constructor(file: string, config: SqliteDialectConfig) {
    super(config);
    this.#config = config;
    const key = resolve(file);
    this.#turns = turnsByFile.get(key) ?? new FileTurns();
    turnsByFile.set(key, this.#turns);
  }
  override createDriver(): SqliteDriver {
    return new SqliteFileDriver(this.#config, this.#turns);
  }
}

/**
 * Opens (creating if needed) the SQLite file, migrates it, and builds every store on the one connection.
 * One process per file: Kysely hands the connection to one query or transaction at a time.
 */
export async function openSqliteStores(file: string): Promise<Stores> {
  const db = new Kysely<StoreDatabase>({ dialect: new SqliteFileDialect(file, { database: preparingOnce(openSqliteDatabase(file)) }) });
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
