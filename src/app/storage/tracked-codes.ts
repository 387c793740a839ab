import { liveQuery } from 'dexie';
import type { TrackedCommitment } from '../../core/commitments';
import type { CaseState } from '../../core/escuchadero';
import type { CabildoDatabase } from './database';
import type { TrackedCode } from './forms-tables';
import type { SyncState } from './local-record';

/** A status as the server reports it for one code (POST /api/v1/escuchadero/status). */
export interface CodeStatus {
  trackingCode: string;
  status: CaseState;
  dueDate: string;
  answer?: string | undefined;
  answeredAt?: string | undefined;
  /** Absent from an older server: the row keeps what it had. */
  commitments?: TrackedCommitment[] | undefined;
}

/** Keeps a code; a code already kept stays as it is (its status and answer are not lost). */
export async function keepCode(db: CabildoDatabase, entry: Omit<TrackedCode, 'keptAt'>, at: Date): Promise<void> {
  await db.transaction('rw', db.trackedCodes, async () => {
    const existing = await db.trackedCodes.get(entry.code);
    if (existing) {
      // A typed code later found among this device's own submissions becomes "sent".
      if (entry.origin === 'sent' && existing.origin !== 'sent') await db.trackedCodes.put({ ...existing, ...entry, keptAt: existing.keptAt });
      return;
    }
    await db.trackedCodes.add({ ...entry, keptAt: at.toISOString() });
  });
}

export const forgetCode = (db: CabildoDatabase, code: string): Promise<void> => db.trackedCodes.delete(code);

export const readTrackedCodes = (db: CabildoDatabase): Promise<TrackedCode[]> => db.trackedCodes.orderBy('keptAt').reverse().toArray();

/**
 * Applies what the server said. A code the server does not know yet (still in the outbox) keeps its row
 * untouched; an answer that is new or changed is flagged unseen so the screen can announce it.
 */
export async function applyStatuses(db: CabildoDatabase, statuses: readonly CodeStatus[], at: Date): Promise<number> {
  let newAnswers = 0;
  await db.transaction('rw', db.trackedCodes, async () => {
    for (const status of statuses) {
      const row = await db.trackedCodes.get(status.trackingCode);
      if (!row) continue;
      const fresh = status.answer !== undefined && status.answer !== row.answer;
      if (fresh) newAnswers += 1;
      await db.trackedCodes.put({
        ...row,
        status: status.status,
        dueDate: status.dueDate,
        answer: status.answer,
        answeredAt: status.answeredAt,
        commitments: status.commitments ?? row.commitments,
        checkedAt: at.toISOString(),
        answerUnseen: fresh ? true : row.answerUnseen && status.answer !== undefined,
      });
    }
  });
  return newAnswers;
}

export async function markAnswersSeen(db: CabildoDatabase, codes: readonly string[]): Promise<void> {
  await db.trackedCodes.where('code').anyOf([...codes]).modify({ answerUnseen: false });
}

/** A followed code with the local state of the message that carries it (undefined for typed codes). */
export type TrackedRow = TrackedCode & { localState?: SyncState | undefined };

/** The followed codes, newest first, re-read whenever a code or one of their records changes. */
export function observeTrackedCodes(db: CabildoDatabase, cb: (rows: TrackedRow[]) => void): () => void {
  const subscription = liveQuery(async () => {
    const rows = await readTrackedCodes(db);
    const records = await db.records.bulkGet(rows.map((r) => r.recordId ?? ''));
    return rows.map((row, i) => ({ ...row, localState: records[i]?.syncState }));
  }).subscribe({ next: cb, error: () => {} });
  return () => subscription.unsubscribe();
}
