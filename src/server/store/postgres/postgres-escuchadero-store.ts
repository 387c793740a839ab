import { sql } from 'kysely';
import type { EntryFilter, EscuchaderoStore } from '../escuchadero-store';
import type { TransactionScope } from './transaction-scope';
import { payloadField } from './payload-field';
import { entryOf, entryRows } from './escuchadero-entry-rows';

/** Entries are records of the escuchadero form; a case row exists only once the office acted on one. */
export function postgresEscuchaderoStore(scope: TransactionScope): EscuchaderoStore {
  // Literal kind and the indexed expressions, so the partial indexes of migrations 0100/0101 serve these.
  const entries = (formId: string) => entryRows(scope.db()).where(sql<boolean>`r.kind = 'form.submission' and ${payloadField('formId')} = ${formId}`);

  return {
    entries: async (filter: EntryFilter) => {
      let query = entries(filter.formId);
      if (filter.eventId !== undefined) query = query.where('r.event_id', '=', filter.eventId);
      for (const { fieldId, values } of filter.answers ?? []) {
        query = query.where(sql`(r.payload::jsonb -> 'answers' ->> ${fieldId})`, 'in', values);
      }
      if (filter.state !== undefined) query = query.where(sql`coalesce(c.state, 'received')`, '=', filter.state);
      return (await query.orderBy('r.seq').execute()).map(entryOf);
    },
    entry: async (formId, recordId) => {
      const row = await entries(formId).where('r.id', '=', recordId).executeTakeFirst();
      return row && entryOf(row);
    },
    byTrackingCodes: async (formId, codes) => {
      const found = await Promise.all(
        codes.map((code) => entries(formId).where(payloadField('trackingCode'), '=', code).orderBy('r.seq').limit(1).executeTakeFirst()),
      );
      return found.flatMap((row) => (row ? [entryOf(row)] : []));
    },
    // Compare-and-swap: the insert yields to a case someone else created; the update only matches `previous`.
    saveCase: async (recordId, next, previous, at) => {
      const row = { state: next.state, case_json: JSON.stringify(next), updated_at: at };
      if (previous === undefined) {
        const result = await scope
          .db()
          .insertInto('escuchadero_cases')
          .values({ record_id: recordId, ...row })
          .onConflict((oc) => oc.column('record_id').doNothing())
          .executeTakeFirst();
        return result.numInsertedOrUpdatedRows === 1n;
      }
      const result = await scope.db().updateTable('escuchadero_cases').set(row).where('record_id', '=', recordId).where('state', '=', previous).executeTakeFirst();
      return result.numUpdatedRows === 1n;
    },
  };
}
