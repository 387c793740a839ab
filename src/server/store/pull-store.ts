import { sql } from 'kysely';
import type { EventDocument } from '../../core/events';
import type { StoreDatabase } from './schema';
import type { StoredRecord } from './stored-record';
import type { Engine } from './kysely/engine';
import { attendanceStore } from './attendance-store';

/** Where the change sequences stood when a snapshot was read (0 = nothing yet). */
export interface ChangeHeads {
  eventSeq: number;
  recordSeq: number;
}

export type EventHead = Pick<StoreDatabase['events'], 'id' | 'status' | 'seq' | 'listedSeq'>;

/** What to read for one pull, decided from the heads and the events inside the same snapshot. */
export interface PullPlan {
  /** Events whose document is sent. */
  documents: string[];
  /** Per event, the records after this record seq (0 = the whole list) up to `upTo.recordSeq`. */
  lists: { eventId: string; afterRecordSeq: number }[];
  /** The heads this pull run brings the device up to (the snapshot's own, or those of the run it continues). */
  upTo: ChangeHeads;
  /** At most this many records in the answer, the lowest seqs first. */
  limit: number;
}

/** A stored record of an event list; registrations carry their pass once one was issued. */
export interface ListedRecord extends StoredRecord {
  eventId: string;
  pass: string | null;
}

interface PullSnapshot {
  heads: ChangeHeads;
  events: EventDocument[];
  /** In seq order, at most `plan.limit`. */
  records: ListedRecord[];
  /** True when records past the last one sent were left for the next page. */
  more: boolean;
}

export function pullStore(engine: Engine) {
  const { dialect } = engine;
  const { eventRecords } = attendanceStore(engine);
  return {
    /**
     * Reads one consistent snapshot (engine.snapshot): no write lands between reading the heads, the events and
     * the lists. Writers commit in sequence order, so the records visible in it are exactly those up to the head
     * read in it: a cursor made from `heads` misses nothing and repeats nothing. `eventIds` undefined = every
     * event. `plan` runs inside the snapshot and must be synchronous and pure.
     */
    read: (
      eventIds: readonly string[] | undefined,
      kinds: readonly string[],
      plan: (heads: ChangeHeads, events: readonly EventHead[]) => PullPlan,
    ): Promise<PullSnapshot> =>
      engine.snapshot(async (tx) => {
        const heads: ChangeHeads = await tx
          .selectNoFrom([
            sql<number>`(select coalesce(max(seq), 0) from events)`.as('eventSeq'),
            sql<number>`(select coalesce(max(${dialect.recordSeq('records')}), 0) from records)`.as('recordSeq'),
          ])
          .executeTakeFirstOrThrow();
        const rows = await tx
          .selectFrom('events')
          .select(['id', 'status', 'seq', 'listedSeq'])
          .$if(eventIds !== undefined, (q) => q.where(dialect.oneOf('id', eventIds ?? [])))
          .orderBy('seq')
          .execute();
        const chosen = plan(heads, rows);
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
          records = records.concat(await eventRecords(list.eventId, kinds, list.afterRecordSeq, upTo, wanted)).sort((a, b) => a.seq - b.seq);
          if (records.length >= wanted) {
            records = records.slice(0, wanted);
            upTo = records[wanted - 1]!.seq;
          }
        }
        return { heads, events, records: records.slice(0, chosen.limit), more: records.length > chosen.limit };
      }),
  };
}

export type PullStore = ReturnType<typeof pullStore>;
