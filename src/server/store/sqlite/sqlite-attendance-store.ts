import type Database from 'better-sqlite3';
import type { Kysely } from 'kysely';
import type { StoreDatabase } from '../schema';
import type { AttendanceStore } from '../attendance-store';
import { eventRecordsStatement, listedRecordOf } from './event-record-statements';

export function sqliteAttendanceStore(database: Database.Database, db: Kysely<StoreDatabase>): AttendanceStore {
  const eventRecords = eventRecordsStatement(database, db);
  return {
    eventRecords: async (eventId, kinds) =>
      eventRecords.all(eventId, JSON.stringify(kinds), 0, Number.MAX_SAFE_INTEGER).map(listedRecordOf),
  };
}
