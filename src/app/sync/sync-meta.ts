import type { CabildoDatabase } from '../storage/database';
import { isCount, isString, META_KEYS, readMeta } from '../storage/meta';

/** What the runner keeps across reloads: when it last reached the server, and how many tries failed since. */
export interface PersistedSyncState {
  lastSuccessAt?: string;
  failedAttempts: number;
}

export async function readSyncState(db: CabildoDatabase): Promise<PersistedSyncState> {
  const [lastSuccessAt, failedAttempts] = await Promise.all([
    readMeta(db, META_KEYS.lastSyncSuccessAt, isString),
    readMeta(db, META_KEYS.syncFailedAttempts, isCount),
  ]);
  const failures = failedAttempts ?? 0;
  return lastSuccessAt === undefined ? { failedAttempts: failures } : { lastSuccessAt, failedAttempts: failures };
}

/**
 * Counts one failed try: returns the number of failures BEFORE this one (the backoff attempt
 * index), and marks the records that travelled in it. One transaction, so two tabs never
 * lose an increment.
 */
export async function recordFailedAttempt(
  db: CabildoDatabase,
  ids: string[],
  nextAttemptAt: (attempt: number) => Date,
): Promise<{ attempt: number; nextAttemptAt: Date }> {
  return db.transaction('rw', db.meta, db.outbox, async () => {
    const attempt = (await readMeta(db, META_KEYS.syncFailedAttempts, isCount)) ?? 0;
    const next = nextAttemptAt(attempt);
    const nextIso = next.toISOString();
    await db.meta.put({ key: META_KEYS.syncFailedAttempts, value: attempt + 1 });
    const entries = await db.outbox.bulkGet(ids);
    await db.outbox.bulkPut(
      entries.flatMap((e) => (e === undefined ? [] : [{ ...e, attempts: e.attempts + 1, nextAttemptAt: nextIso }])),
    );
    return { attempt, nextAttemptAt: next };
  });
}
