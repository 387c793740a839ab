import { sql } from 'kysely';
import type { EntryFilter, EscuchaderoStore } from '../escuchadero-store';
import type { Engine } from './engine';
import { entryOf, entryRows, isSubmissionOf } from './submission-rows';

/** Entries are records of the escuchadero form; a case row exists only once the office acted on one. */
export function kyselyEscuchaderoStore(engine: Engine): EscuchaderoStore {
  const { dialect } = engine;
  const entries = (formId: string) => entryRows(engine.db()).where(isSubmissionOf(dialect, formId));
  const seq = dialect.recordSeq('r');

  return {
    entries: async (filter: EntryFilter) => {
      let query = entries(filter.formId);
      if (filter.eventId !== undefined) query = query.where('r.event_id', '=', filter.eventId);
      for (const { fieldId, values } of filter.answers ?? []) query = query.where(dialect.answerOf(fieldId), 'in', values);
      if (filter.state !== undefined) query = query.where(sql`coalesce(c.state, 'received')`, '=', filter.state);
      return (await query.orderBy(seq).execute()).map(entryOf);
    },
    entry: async (formId, recordId) => {
      const row = await entries(formId).where('r.id', '=', recordId).executeTakeFirst();
      return row && entryOf(row);
    },
    // The index records_tracking_codes (migration 0101) finds each code.
    byTrackingCodes: async (formId, codes) => {
      const found = [];
      for (const code of codes) found.push(await entries(formId).where(dialect.payloadField('trackingCode'), '=', code).orderBy(seq).limit(1).executeTakeFirst());
      return found.flatMap((row) => (row ? [entryOf(row)] : []));
    },
    // Compare-and-swap: the insert yields to a case someone else created; the update only matches `previous`.
    saveCase: async (recordId, next, previous, at) => {
      const row = { state: next.state, case_json: JSON.stringify(next), updated_at: at };
      const db = engine.db();
      if (previous === undefined) {
        const result = await db
          .insertInto('escuchadero_cases')
          .values({ record_id: recordId, ...row })
          .onConflict((oc) => oc.column('record_id').doNothing())
          .executeTakeFirst();
        return Number(result.numInsertedOrUpdatedRows) === 1;
      }
      const result = await db.updateTable('escuchadero_cases').set(row).where('record_id', '=', recordId).where('state', '=', previous).executeTakeFirst();
      return Number(result.numUpdatedRows) === 1;
    },
  };
}
