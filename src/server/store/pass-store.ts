import type { IssuedPass } from '../../core/passes';
import type { StoreDatabase } from './schema';
import type { Engine } from './kysely/engine';
import { storedRecordColumns, storedRecordOf, type StoredRecord } from './stored-record';

const passOf = (row: StoreDatabase['passes']): IssuedPass => ({ attendeeId: row.attendee_id, eventId: row.event_id, issuedAt: row.issued_at, code: row.code });

export function passStore(engine: Engine) {
  const selectPass = (attendeeId: string) =>
    engine.db().selectFrom('passes').select(['attendee_id', 'event_id', 'issued_at', 'code']).where('attendee_id', '=', attendeeId).executeTakeFirst();
  return {
    /** The record stored under this id, whatever its kind. */
    record: async (id: string): Promise<StoredRecord | undefined> => {
      const row = await engine.db().selectFrom('records as r').select(storedRecordColumns(engine.dialect)).where('r.id', '=', id).executeTakeFirst();
      return row && storedRecordOf(row);
    },
    pass: async (attendeeId: string): Promise<IssuedPass | undefined> => {
      const row = await selectPass(attendeeId);
      return row && passOf(row);
    },
    /**
     * Stores the pass unless one is already stored for the attendee; answers the stored one. First wins, across
     * processes too: the insert yields to a stored pass, then the stored one is read.
     */
    keepPass: async (pass: IssuedPass): Promise<IssuedPass> => {
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

export type PassStore = ReturnType<typeof passStore>;
