import type { Kysely } from 'kysely';
import type { StoreDatabase } from './schema';
import type { ListedRecord } from './pull-store';
import type { Dialect } from './dialect';
import type { Engine } from './kysely/engine';
import { storedRecordColumns, storedRecordOf, type StoredRecord } from './stored-record';

/**
 * The records of one event and some kinds in a window (after, upTo] of the record change sequence, with the
 * pass of each registration, in sequence order. Plan: index records_event_kind (event_id, kind), then the seq.
 */
export async function eventRecords(
  db: Kysely<StoreDatabase>,
  dialect: Dialect,
  eventId: string,
  kinds: readonly string[],
  after: number,
  upTo: number,
  limit?: number,
): Promise<ListedRecord[]> {
  const seq = dialect.recordSeq('r');
  const rows = await db
    .selectFrom('records as r')
    .leftJoin('passes as p', 'p.attendee_id', 'r.id')
    .select([...storedRecordColumns(dialect), 'r.event_id', 'p.code as pass'])
    .where('r.event_id', '=', eventId)
    .where(dialect.oneOf('r.kind', kinds))
    .where(seq, '>', after)
    .where(seq, '<=', upTo)
    .orderBy(seq)
    .$if(limit !== undefined, (q) => q.limit(limit ?? 0))
    .execute();
  return rows.map((row) => ({ ...storedRecordOf(row), eventId: row.event_id!, pass: row.pass }));
}

export function attendanceStore(engine: Engine) {
  return {
    /** Every record of these kinds for the event, in the order they were stored. */
    eventRecords: (eventId: string, kinds: readonly string[]): Promise<StoredRecord[]> =>
      eventRecords(engine.db(), engine.dialect, eventId, kinds, 0, Number.MAX_SAFE_INTEGER),
  };
}

export type AttendanceStore = ReturnType<typeof attendanceStore>;
