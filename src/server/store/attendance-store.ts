import type { ListedRecord } from './pull-store';
import type { Engine } from './kysely/engine';
import { storedRecordColumns, storedRecordOf } from './stored-record';

export function attendanceStore(engine: Engine) {
  const { dialect } = engine;
  const seq = dialect.recordSeq('r');
  return {
    /**
     * The records of one event and some kinds in a window (after, upTo] of the record change sequence (by default
     * all of them), with the pass of each registration, in sequence order, at most `limit`. Plan: index
     * records_event_kind (event_id, kind), then the seq. In a pull's snapshot, engine.db() is its transaction.
     */
    eventRecords: async (eventId: string, kinds: readonly string[], after = 0, upTo = Number.MAX_SAFE_INTEGER, limit?: number): Promise<ListedRecord[]> => {
      const rows = await engine
        .db()
        .selectFrom('records as r')
        .leftJoin('passes as p', 'p.attendeeId', 'r.id')
        .select([...storedRecordColumns(dialect), 'r.eventId', 'p.code as pass'])
        .where('r.eventId', '=', eventId)
        .where(dialect.oneOf('r.kind', kinds))
        .where(seq, '>', after)
        .where(seq, '<=', upTo)
        .orderBy(seq)
        .$if(limit !== undefined, (q) => q.limit(limit ?? 0))
        .execute();
      return rows.map((row) => ({ ...storedRecordOf(row), eventId: row.eventId!, pass: row.pass }));
    },
  };
}

export type AttendanceStore = ReturnType<typeof attendanceStore>;
