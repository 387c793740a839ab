import { sql, type Kysely } from 'kysely';
import type { StoreDatabase } from '../schema';
import { kyselyRecordPages } from '../kysely/record-pages';
import type { ReportStore, ReportSubmission } from '../report-store';
import type { TransactionScope } from './transaction-scope';
import { recordColumns, storedRecordOf } from './record-columns';
import { payloadField, textArray } from './payload-field';
import { entryOf, entryRows } from './escuchadero-entry-rows';

/** Reads only, over many events at once (event_id = any(…) uses records_event_kind). */
export function postgresReportStore(scope: TransactionScope): ReportStore {
  const submissionOf = (row: { id: string; event_id: string | null; payload: string }): ReportSubmission => {
    const payload = JSON.parse(row.payload) as { formId: string; formVersion: number; answers: Record<string, unknown> };
    return { recordId: row.id, formId: payload.formId, formVersion: payload.formVersion, eventId: row.event_id!, answers: payload.answers };
  };

  return {
    ...kyselyRecordPages(() => scope.db() as unknown as Kysely<StoreDatabase>, 'seq'),
    // No ORDER BY: a year of records is ~100,000 and the reports do not need them sorted.
    eventRecords: async (eventIds, kinds) =>
      (
        await scope
          .db()
          .selectFrom('records as r')
          .select(recordColumns)
          .where(sql<boolean>`r.event_id = any(${textArray(eventIds)}) and r.kind = any(${textArray(kinds)})`)
          .execute()
      ).map(storedRecordOf),
    submissions: async (eventIds, formIds) =>
      (
        await scope
          .db()
          .selectFrom('records as r')
          .select(['r.id', 'r.event_id', 'r.payload'])
          .where(sql<boolean>`r.event_id = any(${textArray(eventIds)}) and r.kind = 'form.submission'`)
          .$if(formIds !== undefined, (q) => q.where(sql<boolean>`${payloadField('formId')} = any(${textArray(formIds ?? [])})`))
          .orderBy('r.seq')
          .execute()
      ).map(submissionOf),
    escuchaderoEntries: async (formId, eventIds) =>
      (
        await entryRows(scope.db())
          .where(sql<boolean>`r.event_id = any(${textArray(eventIds)}) and r.kind = 'form.submission' and ${payloadField('formId')} = ${formId}`)
          .orderBy('r.seq')
          .execute()
      ).map(entryOf),
  };
}
