import type { IncomingRecord, WriteOutcome } from './sync-store';

/**
 * The first occurrence of each id in a batch: only these are offered to the INSERT,
 * so that a batch repeating an id behaves as if the copies came one after another.
 */
export function firstOccurrences(records: readonly IncomingRecord[]): IncomingRecord[] {
  const seen = new Set<string>();
  return records.filter((r) => (seen.has(r.id) ? false : (seen.add(r.id), true)));
}

/**
 * Decides each record's outcome once the INSERT has run. `inserted` are the ids the
 * INSERT stored; `storedContent` holds the content already stored for every other id.
 * Content is only read for ids seen twice, so a batch of new records computes none.
 * Adapter-independent, so every store answers the same way.
 */
export function batchOutcomes(
  records: readonly IncomingRecord[],
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
export function conflictingVersions(records: readonly IncomingRecord[], outcomes: readonly WriteOutcome[]): IncomingRecord[] {
  const seen = new Set<string>();
  return records.filter((record, i) => {
    if (outcomes[i] !== 'conflict') return false;
    const key = `${record.id} ${record.contentHash}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
