import type { StoredRecord } from '../stored-record';
import type { Engine } from './engine';
import { storedRecordColumns, storedRecordOf } from './stored-record-columns';

/**
 * Keyset-paged reads of records, for exports that must not hold an event's 100,000 records at once.
 * One Kysely query for both engines; they differ only in the column that numbers records (dialect.recordSeq).
 */
export interface RecordPages {
  /** Records of one event and kind numbered after `afterSeq`, in that order, at most `limit`. */
  eventRecordsPage(eventId: string, kind: string, afterSeq: number, limit: number): Promise<StoredRecord[]>;
  /** These records, in no particular order (unknown ids are skipped). */
  recordsByIds(ids: readonly string[]): Promise<StoredRecord[]>;
}

export function kyselyRecordPages(engine: Engine): RecordPages {
  const { dialect } = engine;
  const seq = dialect.recordSeq('r');
  return {
    // Served by the index records_event_kind (event_id, kind, then the record number).
    eventRecordsPage: async (eventId, kind, afterSeq, limit) =>
      (
        await engine
          .db()
          .selectFrom('records as r')
          .select(storedRecordColumns(dialect))
          .where('r.event_id', '=', eventId)
          .where('r.kind', '=', kind)
          .where(seq, '>', afterSeq)
          .orderBy(seq)
          .limit(limit)
          .execute()
      ).map(storedRecordOf),
    recordsByIds: async (ids) =>
      ids.length === 0 ? [] : (await engine.db().selectFrom('records as r').select(storedRecordColumns(dialect)).where(dialect.oneOf('r.id', ids)).execute()).map(storedRecordOf),
  };
}
