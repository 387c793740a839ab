import { liveQuery } from 'dexie';
import { FORM_SUBMISSION_KIND } from '../../core/forms/form-submission';
import type { CabildoDatabase } from './database';
import type { LocalRecord, SyncState } from './local-record';

export interface RecordState {
  syncState: SyncState;
  problem?: LocalRecord['problem'];
}

/** The sync state of one record as it changes (undefined while unknown). */
export function observeRecordState(db: CabildoDatabase, id: string, cb: (state: RecordState | undefined) => void): () => void {
  const subscription = liveQuery(async () => {
    const record = await db.records.get(id);
    return record && { syncState: record.syncState, ...(record.problem ? { problem: record.problem } : {}) };
  }).subscribe({ next: cb, error: () => {} });
  return () => subscription.unsubscribe();
}

/** How many form answers on this device wait for the server (what a citizen's screen shows). */
export function observePendingSubmissions(db: CabildoDatabase, cb: (count: number) => void): () => void {
  const subscription = liveQuery(() =>
    db.records
      .where('kind')
      .equals(FORM_SUBMISSION_KIND)
      .filter((r) => r.syncState === 'pending')
      .count(),
  ).subscribe({ next: cb, error: () => {} });
  return () => subscription.unsubscribe();
}

/** A pass this device holds for the event ("Mis pases"): a form opened here may answer as that person. */
export async function readPassForEvent(db: CabildoDatabase, eventId: string): Promise<{ attendeeId: string; displayName: string } | undefined> {
  const pass = await db.myPasses.where('eventId').equals(eventId).first();
  return pass && { attendeeId: pass.attendeeId, displayName: pass.displayName };
}
