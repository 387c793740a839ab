import { sql } from 'kysely';
import type { EventDocument, EventStatus } from '../../../core/events';
import type { ChangeHeads, PullStore } from '../pull-store';
import { eventRecords } from './event-records-query';
import type { TransactionScope } from './transaction-scope';

/**
 * One REPEATABLE READ, read-only transaction: every query sees the same snapshot, so the heads, the events
 * and the lists agree. Writers commit in sequence order (advisory locks in the sync and event stores), so the
 * records visible in a snapshot are exactly those with seq ≤ the head read in it: a cursor misses nothing.
 */
export function postgresPullStore(scope: TransactionScope): PullStore {
  return {
    read: (eventIds, kinds, plan) =>
      scope
        .db()
        .transaction()
        .setIsolationLevel('repeatable read')
        .setAccessMode('read only')
        .execute(async (tx) => {
          const heads = await tx
            .selectNoFrom([
              sql<number>`(select coalesce(max(seq), 0) from events)`.as('eventSeq'),
              sql<number>`(select coalesce(max(seq), 0) from records)`.as('recordSeq'),
            ])
            .executeTakeFirstOrThrow();
          const at: ChangeHeads = { eventSeq: heads.eventSeq, recordSeq: heads.recordSeq };
          const rows = await tx
            .selectFrom('events')
            .select(['id', 'status', 'seq', 'listed_seq'])
            .$if(eventIds !== undefined, (q) => q.where(sql<boolean>`id = any(${[...(eventIds ?? [])]}::text[])`))
            .orderBy('seq')
            .execute();
          const chosen = plan(at, rows.map((r) => ({ id: r.id, status: r.status as EventStatus, seq: r.seq, listedSeq: r.listed_seq })));
          const events =
            chosen.documents.length === 0
              ? []
              : (
                  await tx.selectFrom('events').select('document').where(sql<boolean>`id = any(${chosen.documents}::text[])`).orderBy('seq').execute()
                ).map((r) => JSON.parse(r.document) as EventDocument);
          const lists = await Promise.all(chosen.lists.map((list) => eventRecords(tx, list.eventId, kinds, list.afterRecordSeq, at.recordSeq)));
          return { heads: at, events, records: lists.flat().sort((a, b) => a.seq - b.seq) };
        }),
  };
}
