import { sql, type Kysely } from 'kysely';
import type { ListedRecord } from '../pull-store';
import type { PostgresDatabase } from './postgres-schema';
import { recordColumns, storedRecordOf } from './record-columns';

/**
 * The records of one event and some kinds in a window (after, upTo] of the record change sequence, with the
 * pass of each registration, in sequence order. Plan: index records_event_kind (event_id, kind), then seq.
 */
export async function eventRecords(
  db: Kysely<PostgresDatabase>,
  eventId: string,
  kinds: readonly string[],
  after: number,
  upTo: number,
): Promise<ListedRecord[]> {
  const rows = await db
    .selectFrom('records as r')
    .leftJoin('passes as p', 'p.attendee_id', 'r.id')
    .select([...recordColumns, 'r.event_id', 'p.code as pass'])
    .where('r.event_id', '=', eventId)
    .where(sql<boolean>`r.kind = any(${[...kinds]}::text[])`)
    .where('r.seq', '>', after)
    .where('r.seq', '<=', upTo)
    .orderBy('r.seq')
    .execute();
  return rows.map((row) => ({ ...storedRecordOf(row), eventId: row.event_id!, pass: row.pass }));
}
