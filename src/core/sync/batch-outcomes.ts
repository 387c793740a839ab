import type { PushStatus } from './protocol';

/** What a valid record of a batch comes to when it is written. */
export type WriteOutcome = Exclude<PushStatus, 'rejected'>;

/** A version of a record as the server received it: its id, its content (recordContent) and that content's hash. */
interface RecordVersion {
  id: string;
  readonly content: string;
  readonly contentHash: string;
}

/** The first item of each key, in order; items without a key (undefined) are left out. */
function firstOfEach<T>(items: readonly T[], keyOf: (item: T, index: number) => string | undefined): T[] {
  const seen = new Set<string>();
  return items.filter((item, i) => {
    const key = keyOf(item, i);
    return key !== undefined && !seen.has(key) && (seen.add(key), true);
  });
}

/**
 * The first occurrence of each id in a batch: only these are offered to the INSERT,
 * so that a batch repeating an id behaves as if the copies came one after another.
 */
export const firstOccurrences = <R extends RecordVersion>(records: readonly R[]): R[] => firstOfEach(records, (r) => r.id);

/**
 * Decides each record's outcome once the INSERT has run. `inserted` are the ids the
 * INSERT stored; `storedContent` holds the content already stored for every other id.
 * Content is only read for ids seen twice, so a batch of new records computes none.
 * The sync protocol's rule, the same whatever database stored the batch.
 */
export function batchOutcomes(
  records: readonly RecordVersion[],
  inserted: ReadonlySet<string>,
  storedContent: ReadonlyMap<string, string>,
): WriteOutcome[] {
  const winners = new Map<string, () => string>();
  for (const [id, content] of storedContent) winners.set(id, () => content);
  return records.map((record) => {
    const winner = winners.get(record.id);
    if (winner === undefined && inserted.has(record.id)) {
      winners.set(record.id, () => record.content);
      return 'accepted';
    }
    return winner?.() === record.content ? 'duplicate' : 'conflict';
  });
}

/** The conflicting versions to keep, once each (the same version may come twice). */
export const conflictingVersions = <R extends RecordVersion>(records: readonly R[], outcomes: readonly WriteOutcome[]): R[] =>
  firstOfEach(records, (r, i) => (outcomes[i] === 'conflict' ? `${r.id} ${r.contentHash}` : undefined));
