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
