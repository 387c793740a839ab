import type { ReportStore, ReportSubmission } from '../report-store';
import type { Engine } from './engine';
import { storedRecordColumns, storedRecordOf } from './stored-record-columns';
import { entryOf, entryRows, isSubmission, isSubmissionOf } from './submission-rows';
import { kyselyRecordPages } from './record-pages';
import { kyselyListadoOrder } from './kysely-listado-order';

/** Reads only, over many events at once: each list is one parameter, so one statement whatever their number. */
export function kyselyReportStore(engine: Engine): ReportStore {
  const { dialect } = engine;
  const submissionOf = (row: { id: string; event_id: string | null; payload: string }): ReportSubmission => {
    const payload = JSON.parse(row.payload) as { formId: string; formVersion: number; answers: Record<string, unknown> };
    return { recordId: row.id, formId: payload.formId, formVersion: payload.formVersion, eventId: row.event_id!, answers: payload.answers };
  };

  return {
    ...kyselyRecordPages(engine),
    ...kyselyListadoOrder(engine),
    // No ORDER BY: a year of records is ~100,000 and the reports do not need them sorted.
    eventRecords: async (eventIds, kinds) =>
      (
        await engine
          .db()
          .selectFrom('records as r')
          .select(storedRecordColumns(dialect))
          .where(dialect.oneOf('r.event_id', eventIds))
          .where(dialect.oneOf('r.kind', kinds))
          .execute()
      ).map(storedRecordOf),
    submissions: async (eventIds, formIds) =>
      (
        await engine
          .db()
          .selectFrom('records as r')
          .select(['r.id', 'r.event_id', 'r.payload'])
          .where(dialect.oneOf('r.event_id', eventIds))
          .where(isSubmission)
          .$if(formIds !== undefined, (q) => q.where(dialect.oneOf(dialect.payloadField('formId'), formIds ?? [])))
          .orderBy(dialect.recordSeq('r'))
          .execute()
      ).map(submissionOf),
    escuchaderoEntries: async (formId, eventIds) =>
      (await entryRows(engine.db()).where(dialect.oneOf('r.event_id', eventIds)).where(isSubmissionOf(dialect, formId)).orderBy(dialect.recordSeq('r')).execute()).map(
        entryOf,
      ),
  };
}
