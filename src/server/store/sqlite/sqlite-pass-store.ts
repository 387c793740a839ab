import type Database from 'better-sqlite3';
import type { Kysely } from 'kysely';
import type { IssuedPass } from '../../../core/passes';
import type { StoreDatabase } from '../schema';
import type { PassStore } from '../pass-store';
import { storedRecordColumns, storedRecordOf, type StoredRecordRow } from './stored-record-rows';

interface PassRow {
  attendee_id: string;
  event_id: string;
  issued_at: number;
  code: string;
}

const passOf = (row: PassRow): IssuedPass => ({ attendeeId: row.attendee_id, eventId: row.event_id, issuedAt: row.issued_at, code: row.code });

export function sqlitePassStore(database: Database.Database, db: Kysely<StoreDatabase>): PassStore {
  const selectRecord = database.prepare<[string], StoredRecordRow>(
    db.selectFrom('records as r').select(storedRecordColumns).where('r.id', '=', '').compile().sql,
  );
  const selectPass = database.prepare<[string], PassRow>(
    db.selectFrom('passes').select(['attendee_id', 'event_id', 'issued_at', 'code']).where('attendee_id', '=', '').compile().sql,
  );
  // Parameters bind in the order of the object keys.
  const insertPass = database.prepare(
    db
      .insertInto('passes')
      .values({ attendee_id: '', event_id: '', issued_at: 0, code: '' })
      .onConflict((oc) => oc.column('attendee_id').doNothing())
      .compile().sql,
  );
  const keepPass = database.transaction((pass: IssuedPass): IssuedPass => {
    insertPass.run(pass.attendeeId, pass.eventId, pass.issuedAt, pass.code);
    return passOf(selectPass.get(pass.attendeeId)!);
  });

  return {
    record: async (id) => {
      const row = selectRecord.get(id);
      return row && storedRecordOf(row);
    },
    pass: async (attendeeId) => {
      const row = selectPass.get(attendeeId);
      return row && passOf(row);
    },
    keepPass: async (pass) => keepPass(pass),
  };
}
