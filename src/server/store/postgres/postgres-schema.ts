import type { Generated } from 'kysely';
import type { RecordsTable, StoreDatabase } from '../schema';

/**
 * The tables as PostgreSQL holds them: the same as SQLite's, plus records.seq, the record change sequence
 * that SQLite keeps in its rowid (migration 0001 adds the column on PostgreSQL only).
 */
export interface PostgresDatabase extends Omit<StoreDatabase, 'records'> {
  records: RecordsTable & { seq: Generated<number> };
}
