import { entryOf, entryRows, type EscuchaderoEntry } from './escuchadero-store';
import { storedRecordColumns, storedRecordOf, type StoredRecord } from './stored-record';
import { listadoOrderStore } from './listado-order-store';
import type { Engine } from './kysely/engine';
import { isSubmission, isSubmissionOf, submissionOf, type StoredSubmission } from './submission-store';

/**
 * Read-only queries of the reports and exports (src/server/reports), over many events at once so a period
 * dashboard costs a few queries, not a few per event: each list is one parameter, so one statement whatever
 * their number. The one write is the listado export's scratch (listadoOrderStore), done on the server's own
 * connection, never by a report worker's reader.
 */
export function reportStore(engine: Engine) {
  const { dialect } = engine;
  const seq = dialect.recordSeq('r');
  const records = () => engine.db().selectFrom('records as r');

  return {
    ...listadoOrderStore(engine),
    /**
     * Records of these kinds that belong to these events, in no particular order: a year is ~100,000 and the
     * reports do not need them sorted.
     */
    eventRecords: async (eventIds: readonly string[], kinds: readonly string[]): Promise<StoredRecord[]> =>
      (
        await records()
          .select(storedRecordColumns(dialect))
          .where(dialect.oneOf('r.eventId', eventIds))
          .where(dialect.oneOf('r.kind', kinds))
          .execute()
      ).map(storedRecordOf),
    /**
     * Records of one event and kind numbered after `afterSeq`, in that order, at most `limit` (keyset pages, for
     * exports that must not hold an event's 100,000 records at once). Served by the index records_event_kind.
     */
    eventRecordsPage: async (eventId: string, kind: string, afterSeq: number, limit: number): Promise<StoredRecord[]> =>
      (
        await records()
          .select(storedRecordColumns(dialect))
          .where('r.eventId', '=', eventId)
          .where('r.kind', '=', kind)
          .where(seq, '>', afterSeq)
          .orderBy(seq)
          .limit(limit)
          .execute()
      ).map(storedRecordOf),
    /** These records, in no particular order (unknown ids are skipped). */
    recordsByIds: async (ids: readonly string[]): Promise<StoredRecord[]> =>
      ids.length === 0 ? [] : (await records().select(storedRecordColumns(dialect)).where(dialect.oneOf('r.id', ids)).execute()).map(storedRecordOf),
    /** Form submissions at these events, in stored order; only of these forms when `formIds` is given. */
    submissions: async (eventIds: readonly string[], formIds?: readonly string[]): Promise<StoredSubmission[]> =>
      (
        await records()
          .select(['r.id', 'r.eventId', 'r.payload'])
          .where(dialect.oneOf('r.eventId', eventIds))
          .where(isSubmission)
          .$if(formIds !== undefined, (q) => q.where(dialect.oneOf(dialect.jsonText('r.payload', 'formId'), formIds ?? [])))
          .orderBy(seq)
          .execute()
      ).map(submissionOf),
    /** Entries of the escuchadero form at these events, in stored order, each with its case if the office touched it. */
    escuchaderoEntries: async (formId: string, eventIds: readonly string[]): Promise<EscuchaderoEntry[]> =>
      (await entryRows(engine.db()).where(dialect.oneOf('r.eventId', eventIds)).where(isSubmissionOf(dialect, formId)).orderBy(seq).execute()).map(
        entryOf,
      ),
  };
}

export type ReportStore = ReturnType<typeof reportStore>;
