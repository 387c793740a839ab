import type { IssuedPass } from '../../core/passes';
import type { Engine } from './kysely/engine';
import { storedRecordColumns, storedRecordOf, type StoredRecord } from './stored-record';

export function passStore(engine: Engine) {
  const selectPass = (attendeeId: string): Promise<IssuedPass | undefined> =>
    engine.db().selectFrom('passes').selectAll().where('attendeeId', '=', attendeeId).executeTakeFirst();
  return {
    /** The record stored under this id, whatever its kind. */
    record: async (id: string): Promise<StoredRecord | undefined> => {
      const row = await engine.db().selectFrom('records as r').select(storedRecordColumns(engine.dialect)).where('r.id', '=', id).executeTakeFirst();
      return row && storedRecordOf(row);
    },
    pass: selectPass,
    /**
     * Stores the pass unless one is already stored for the attendee; answers the stored one. First wins, across
     * processes too: the insert yields to a stored pass, then the stored one is read.
     */
    keepPass: async (pass: IssuedPass): Promise<IssuedPass> => {
      await engine
        .db()
        .insertInto('passes')
        .values(pass)
        .onConflict((oc) => oc.column('attendeeId').doNothing())
        .execute();
      return (await selectPass(pass.attendeeId))!;
    },
  };
}

export type PassStore = ReturnType<typeof passStore>;
