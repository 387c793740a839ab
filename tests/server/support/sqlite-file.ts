import Database from 'better-sqlite3';
import { join } from 'node:path';

/** Reads the server's SQLite file directly, so tests check what is stored, not what the API says. */
export function readStoredRows<T>(dataDir: string, query: string, ...params: unknown[]): T[] {
  const db = new Database(join(dataDir, 'cabildo.sqlite'), { readonly: true, fileMustExist: true });
  try {
    return db.prepare(query).all(...params) as T[];
  } finally {
    db.close();
  }
}

export const countRows = (dataDir: string, table: 'records' | 'record_conflicts', where = '1=1', ...params: unknown[]): number =>
  readStoredRows<{ n: number }>(dataDir, `select count(*) as n from ${table} where ${where}`, ...params)[0]!.n;
