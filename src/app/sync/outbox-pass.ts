import { problem, type Problem } from '../../core/problems/problem';
import type { RecordEnvelope } from '../../core/records/envelope';
import type { CabildoDatabase } from '../storage/database';
import { envelopeOf, type LocalRecord, type OutboxEntry } from '../storage/local-record';
import { applyResults } from './apply-results';
import type { PushOutcome } from './push-batch';

export type PassEnd =
  | { kind: 'done' }
  | { kind: 'stopped' }
  /** `ids`: the records that travelled without a definitive answer. */
  | { kind: 'failed'; phase: 'offline' | 'error'; problem: Problem; ids: string[] };

export interface PassProgress {
  total: number;
  done: number;
  /** Set once a batch has been answered and committed. */
  lastSuccessAt?: string;
}

export interface PassDeps {
  db: CabildoDatabase;
  batchSize: number;
  push: (records: RecordEnvelope[]) => Promise<PushOutcome>;
  now: () => Date;
  stopped: () => boolean;
  report: (progress: PassProgress) => void;
}

interface Batch {
  entries: OutboxEntry[];
  records: (LocalRecord | undefined)[];
  envelopes: RecordEnvelope[];
}

async function readBatch(db: CabildoDatabase, after: string, size: number): Promise<Batch> {
  const entries = await db.outbox.where(':id').above(after).limit(size).toArray();
  const records = entries.length === 0 ? [] : await db.records.bulkGet(entries.map((e) => e.id));
  return { entries, records, envelopes: records.flatMap((r) => (r === undefined ? [] : [envelopeOf(r)])) };
}

/** A batch read ahead may go unused (the pass failed first): its failure must not go unhandled. */
function readAhead(db: CabildoDatabase, after: string, size: number): Promise<Batch> {
  const read = readBatch(db, after, size);
  read.catch(() => {});
  return read;
}

const lastId = (batch: Batch) => batch.entries[batch.entries.length - 1]!.id;

/**
 * One pass over the outbox: batches in id order (UUIDv7, so creation order), one request at
 * a time. While a batch travels, the next one is read from IndexedDB, and the answer of the
 * previous one is written: the network and the disk work side by side (a day's queue of
 * 10,000 records drains in seconds). A batch the server finds too large is halved and the
 * pass goes on; any other failure ends the pass, leaving every unanswered record queued.
 */
export async function sendOutbox(deps: PassDeps): Promise<PassEnd> {
  const { db } = deps;
  let size = deps.batchSize;
  let after = '';
  let done = 0;
  let total = await db.outbox.count();
  let applying: Promise<PassEnd | undefined> = Promise.resolve(undefined);
  let next = readAhead(db, after, size);
  deps.report({ total, done });

  // Settles the previous batch's write before the pass decides anything else.
  const settle = async (): Promise<PassEnd | undefined> => {
    const end = await applying;
    applying = Promise.resolve(undefined);
    return end;
  };

  for (;;) {
    if (deps.stopped()) return (await settle()) ?? { kind: 'stopped' };
    const batch = await next;
    if (batch.entries.length === 0) return (await settle()) ?? { kind: 'done' };
    const ids = batch.entries.map((e) => e.id);
    if (batch.envelopes.length === 0) {
      // Entries whose record is gone have nothing left to send (records and entries are written together).
      await db.outbox.bulkDelete(ids);
      after = lastId(batch);
      next = readAhead(db, after, size);
      continue;
    }
    const pushing = deps.push(batch.envelopes);
    next = readAhead(db, lastId(batch), size);
    const outcome = await pushing;
    const earlier = await settle();
    if (earlier) return earlier;
    if (deps.stopped()) return { kind: 'stopped' };
    if (outcome.kind === 'too_large' && batch.entries.length > 1) {
      size = Math.max(1, Math.floor(batch.entries.length / 2)); // half of what was sent, not of the nominal size
      next = readAhead(db, after, size);
      continue;
    }
    if (outcome.kind === 'too_large') return { kind: 'failed', phase: 'error', problem: outcome.problem, ids };
    if (outcome.kind === 'failed') return { kind: 'failed', phase: outcome.phase, problem: outcome.problem, ids };
    after = lastId(batch);
    const at = deps.now();
    applying = applyResults(db, batch.entries, batch.records, outcome.response, at).then((applied) => {
      done += batch.entries.length - applied.missing.length;
      total = Math.max(total, done); // records queued during the pass are counted by the next one
      deps.report({ total, done, lastSuccessAt: at.toISOString() });
      if (applied.missing.length === 0) return undefined;
      return {
        kind: 'failed',
        phase: 'error',
        problem: problem('sync.result_missing', { count: applied.missing.length }),
        ids: applied.missing,
      };
    });
  }
}
