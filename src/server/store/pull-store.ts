import type { EventDocument, EventStatus } from '../../core/events';
import type { StoredRecord } from './stored-record';

/** Where the change sequences stood when a snapshot was read (0 = nothing yet). */
export interface ChangeHeads {
  eventSeq: number;
  recordSeq: number;
}

export interface EventHead {
  id: string;
  status: EventStatus;
  seq: number;
  listedSeq: number | null;
}

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

export interface PullSnapshot {
  heads: ChangeHeads;
  events: EventDocument[];
  /** In seq order, at most `plan.limit`. */
  records: ListedRecord[];
  /** True when records past the last one sent were left for the next page. */
  more: boolean;
}

export interface PullStore {
  /**
   * Reads one consistent snapshot: no write lands between reading the heads, the events and the lists, so
   * a cursor made from `heads` misses nothing and repeats nothing. `eventIds` undefined = every event.
   * `plan` runs inside the snapshot and must be synchronous and pure.
   */
  read(
    eventIds: readonly string[] | undefined,
    kinds: readonly string[],
    plan: (heads: ChangeHeads, events: readonly EventHead[]) => PullPlan,
  ): Promise<PullSnapshot>;
}
