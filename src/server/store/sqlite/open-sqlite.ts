import Database from 'better-sqlite3';

/**
 * One better-sqlite3 connection with the settings every Cabildo database uses.
 * WAL lets readers run beside the writer; synchronous=NORMAL in WAL keeps every commit
 * across a process crash (only a power cut can lose the last commits), which is what
 * the kill-after-commit test relies on.
 */
export function openSqliteDatabase(file: string): Database.Database {
  const database = new Database(file);
  database.pragma('journal_mode = WAL');
  database.pragma('synchronous = NORMAL');
  database.pragma('foreign_keys = ON');
  database.pragma('busy_timeout = 5000');
  return database;
}

// Distinct statements the stores run: a few dozen, plus one per batch size and per filter shape seen.
const CACHED_STATEMENTS = 200;

/**
 * The connection as Kysely's SqliteDialect sees it, preparing each distinct SQL text once: parsing and planning
 * a statement costs more than running the small ones, and the sync write path runs the same few on every push.
 * Least recently used statements are dropped past CACHED_STATEMENTS, whatever sizes and filters clients send.
 */
export function preparingOnce(database: Database.Database): Pick<Database.Database, 'prepare' | 'close'> {
  const statements = new Map<string, Database.Statement>();
  return {
    prepare: (sql: string) => {
      const statement = statements.get(sql) ?? database.prepare(sql);
      statements.delete(sql);
      statements.set(sql, statement);
      if (statements.size > CACHED_STATEMENTS) statements.delete(statements.keys().next().value!);
      return statement;
    },
    close: () => database.close(),
  } as Pick<Database.Database, 'prepare' | 'close'>;
}
