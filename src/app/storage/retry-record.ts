import type { CabildoDatabase } from './database';
import type { LocalRecord } from './local-record';

/**
 * A person chose to send an "attention" record again (e.g. after the server's catalogue
 * was fixed). It goes back to pending with a fresh outbox entry; anything else is left alone.
 * Resolves to whether the record was re-queued; callers should then call runner.schedule().
 */
export async function retryRecord(db: CabildoDatabase, id: string, now: Date = new Date()): Promise<boolean> {
  return db.transaction('rw', db.records, db.outbox, async () => {
    const record = await db.records.get(id);
    if (record?.syncState !== 'attention') return false;
    const { problem: _problem, serverStatus: _status, ...rest } = record;
    const pending: LocalRecord = { ...rest, syncState: 'pending' };
    const at = now.toISOString();
    await db.records.put(pending);
    await db.outbox.put({ id, attempts: 0, enqueuedAt: at, nextAttemptAt: at });
    return true;
  });
}
