import type Database from 'better-sqlite3';
import { sql, type Kysely } from 'kysely';
import type { StoreDatabase } from '../schema';
import type { ListedRecord } from '../pull-store';
import { storedRecordColumns, storedRecordOf, type StoredRecordRow } from './stored-record-rows';

interface ListedRow extends StoredRecordRow {
  event_id: string;
  pass: string | null;
}

export const listedRecordOf = (row: ListedRow): ListedRecord => ({ ...storedRecordOf(row), eventId: row.event_id, pass: row.pass });

/** Parameters: event id, JSON array of kinds, after seq (exclusive), up to seq (inclusive). */
export type EventRecordsStatement = Database.Statement<[string, string, number, number], ListedRow>;

/**
 * The records of one event and some kinds, in a window of the record change sequence, with the pass of
 * each registration. The record sequence is SQLite's rowid: records are insert-only and the one connection
 * writes them one transaction at a time, so rowids only grow and are visible in order.
 * (A PostgreSQL adapter needs an explicit sequence column and a commit-order guard instead.)
 * Plan: SEARCH r USING INDEX records_event_kind (event_id=? AND kind=? AND rowid>? AND rowid<?).
 */
export function eventRecordsStatement(database: Database.Database, db: Kysely<StoreDatabase>): EventRecordsStatement {
  const rowid = sql<number>`r.rowid`;
  const query = db
    .selectFrom('records as r')
    .leftJoin('passes as p', 'p.attendee_id', 'r.id')
    .select([...storedRecordColumns, 'r.event_id', 'p.code as pass'])
    .where('r.event_id', '=', '')
    .where('r.kind', 'in', sql<string>`(select value from json_each(${''}))`)
    .where(rowid, '>', 0)
    .where(rowid, '<=', 0)
    .orderBy(rowid);
  return database.prepare(query.compile().sql);
}
