import type { IssuedPass } from '../../../core/passes';
import type { PassStore } from '../pass-store';
import type { Engine } from './engine';
import { storedRecordColumns, storedRecordOf } from './stored-record-columns';

interface PassRow {
  attendee_id: string;
  event_id: string;
  issued_at: number;
  code: string;
}

const passOf = (row: PassRow): IssuedPass => ({ attendeeId: row.attendee_id, eventId: row.event_id, issuedAt: row.issued_at, code: row.code });

export function kyselyPassStore(engine: Engine): PassStore {
  const selectPass = (attendeeId: string) =>
    engine.db().selectFrom('passes').select(['attendee_id', 'event_id', 'issued_at', 'code']).where('attendee_id', '=', attendeeId).executeTakeFirst();
  return {
    record: async (id) => {
      const row = await engine.db().selectFrom('records as r').select(storedRecordColumns(engine.dialect)).where('r.id', '=', id).executeTakeFirst();
      return row && storedRecordOf(row);
    },
    pass: async (attendeeId) => {
      const row = await selectPass(attendeeId);
      return row && passOf(row);
    },
    // First wins, across processes too: the insert yields to a stored pass, then the stored one is read.
    keepPass: async (pass) => {
      await engine
        .db()
        .insertInto('passes')
        .values({ attendee_id: pass.attendeeId, event_id: pass.eventId, issued_at: pass.issuedAt, code: pass.code })
        .onConflict((oc) => oc.column('attendee_id').doNothing())
        .execute();
      return passOf((await selectPass(pass.attendeeId))!);
    },
  };
}
