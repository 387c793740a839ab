import { sql } from 'kysely';
import type { EventDocument, EventStatus } from '../../../core/events';
import type { ChangeHeads, ListedRecord, PullStore } from '../pull-store';
import type { Engine } from './engine';
import { eventRecords } from './event-records';

/**
 * The heads, the events and the lists are read in one snapshot (engine.snapshot), so they agree. Writers
 * commit in sequence order, so the records visible in it are exactly those up to the head read in it: a
 * cursor made from the heads misses nothing and repeats nothing.
 */
export function kyselyPullStore(engine: Engine): PullStore {
  const { dialect } = engine;
  return {
    read: (eventIds, kinds, plan) =>
      engine.snapshot(async (tx) => {
        const heads = await tx
          .selectNoFrom([
            sql<number>`(select coalesce(max(seq), 0) from events)`.as('eventSeq'),
            sql<number>`(select coalesce(max(${dialect.recordSeq('records')}), 0) from records)`.as('recordSeq'),
          ])
          .executeTakeFirstOrThrow();
        const at: ChangeHeads = { eventSeq: heads.eventSeq, recordSeq: heads.recordSeq };
        const rows = await tx
          .selectFrom('events')
          .select(['id', 'status', 'seq', 'listed_seq'])
          .$if(eventIds !== undefined, (q) => q.where(dialect.oneOf('id', eventIds ?? [])))
          .orderBy('seq')
          .execute();
        const chosen = plan(at, rows.map((r) => ({ id: r.id, status: r.status as EventStatus, seq: r.seq, listedSeq: r.listed_seq })));
        const events =
          chosen.documents.length === 0
            ? []
            : (await tx.selectFrom('events').select('document').where(dialect.oneOf('id', chosen.documents)).orderBy('seq').execute()).map(
                (r) => JSON.parse(r.document) as EventDocument,
              );
        // One after another: SQLite's one connection runs them so anyway, and PostgreSQL's transaction too.
        // Each list brings at most limit + 1 rows (the extra one says there is more); once limit + 1 rows are
        // in hand, later lists need nothing past the highest of them.
        const wanted = chosen.limit + 1;
        let upTo = chosen.upTo.recordSeq;
        let records: ListedRecord[] = [];
        for (const list of chosen.lists) {
          if (list.afterRecordSeq >= upTo) continue;
          records = records.concat(await eventRecords(tx, dialect, list.eventId, kinds, list.afterRecordSeq, upTo, wanted)).sort((a, b) => a.seq - b.seq);
          if (records.length >= wanted) {
            records = records.slice(0, wanted);
            upTo = records[wanted - 1]!.seq;
          }
        }
        return { heads: at, events, records: records.slice(0, chosen.limit), more: records.length > chosen.limit };
      }),
  };
}
