import { problem, type Problem } from '../../core/problems/problem';
import { outcomeOf, type PushResponse, type PushResult } from '../../core/sync/protocol';
import type { CabildoDatabase } from '../storage/database';
import type { LocalRecord, OutboxEntry } from '../storage/local-record';
import { META_KEYS } from '../storage/meta';

export interface AppliedBatch {
  synced: number;
  attention: number;
  /** Ids the server did not answer for: still pending, still in the outbox. */
  missing: string[];
}

const defaultProblem = (status: PushResult['status']): Problem =>
  status === 'conflict' ? problem('record.conflict') : problem('record.invalid');

function settled(record: LocalRecord, result: PushResult, at: string): LocalRecord {
  const { problem: _p, serverStatus: _s, syncedAt: _at, ...base } = record;
  return outcomeOf(result.status) === 'synced'
    ? { ...base, syncState: 'synced', serverStatus: result.status, syncedAt: at }
    : { ...base, syncState: 'attention', serverStatus: result.status, problem: (result.problem as Problem | undefined) ?? defaultProblem(result.status) };
}

/**
 * Writes the server's answer for one batch in ONE transaction: settled records leave the
 * outbox (synced, or kept under "attention" with the server's problem, never deleted);
 * records the server did not mention stay queued (untouched). The success time and the
 * reset of the failure count commit together with them.
 */
export async function applyResults(
  db: CabildoDatabase,
  entries: OutboxEntry[],
  /** The records as read before sending: only this runner (holding the outbox lock) changes them meanwhile. */
  records: (LocalRecord | undefined)[],
  response: PushResponse,
  at: Date,
): Promise<AppliedBatch> {
  const byId = new Map(response.results.map((r) => [r.id, r]));
  const atIso = at.toISOString();
  return db.transaction('rw', db.records, db.outbox, db.meta, async () => {
    const updates: LocalRecord[] = [];
    const done: string[] = [];
    const missing: string[] = [];
    entries.forEach((entry, i) => {
      const record = records[i];
      const result = byId.get(entry.id);
      if (record === undefined) done.push(entry.id); // an entry without its record has nothing left to send
      else if (result === undefined) missing.push(entry.id);
      else {
        updates.push(settled(record, result, atIso));
        done.push(entry.id);
      }
    });
    await db.records.bulkPut(updates);
    await db.outbox.bulkDelete(done);
    await db.meta.put({ key: META_KEYS.lastSyncSuccessAt, value: atIso });
    // A partial answer is not a clean success: the backoff keeps growing until one is.
    if (missing.length === 0) await db.meta.put({ key: META_KEYS.syncFailedAttempts, value: 0 });
    const synced = updates.filter((r) => r.syncState === 'synced').length;
    return { synced, attention: updates.length - synced, missing };
  });
}
