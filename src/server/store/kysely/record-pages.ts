import { sql, type Kysely } from 'kysely';
import type { StoreDatabase } from '../schema';
import type { StoredRecord } from '../stored-record';
import { storedRecordOf, type StoredRecordRow } from '../sqlite/stored-record-rows';

/**
 * Keyset-paged reads of records, for exports that must not hold an event's 100,000 records at once.
 * One Kysely query for both engines; they differ only in the column that numbers records in commit order.
 */
export interface RecordPages {
  /** Records of one event and kind numbered after `afterSeq`, in that order, at most `limit`. */
  eventRecordsPage(eventId: string, kind: string, afterSeq: number, limit: number): Promise<StoredRecord[]>;
  /** These records, in no particular order (unknown ids are skipped). */
  recordsByIds(ids: readonly string[]): Promise<StoredRecord[]>;
}

/** SQLite numbers records by rowid, PostgreSQL by records.seq (see migrations/0001-records.ts). */
export type RecordSeqColumn = 'rowid' | 'seq';

export function kyselyRecordPages(db: () => Kysely<StoreDatabase>, seqColumn: RecordSeqColumn): RecordPages {
  const seq = sql<number>`r.${sql.raw(seqColumn)}`;
  const columns = [seq.as('seq'), 'r.id', 'r.kind', 'r.schema_version', 'r.device_id', 'r.created_at', 'r.received_at', 'r.payload'] as const;
  return {
    // Served by the index records_event_kind (event_id, kind, then the record number).
    eventRecordsPage: async (eventId, kind, afterSeq, limit) =>
      (
        (await db()
          .selectFrom('records as r')
          .select(columns)
          .where('r.event_id', '=', eventId)
          .where('r.kind', '=', kind)
          .where(seq, '>', afterSeq)
          .orderBy(seq)
          .limit(limit)
          .execute()) as StoredRecordRow[]
      ).map(storedRecordOf),
    recordsByIds: async (ids) =>
      ids.length === 0
        ? []
        : ((await db().selectFrom('records as r').select(columns).where('r.id', 'in', ids).execute()) as StoredRecordRow[]).map(storedRecordOf),
  };
}
