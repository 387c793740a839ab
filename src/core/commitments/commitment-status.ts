import type { CalendarDate } from '../time';
import type { Commitment, CommitmentState, ProgressUpdate } from './commitment';

/** What a list, the public page and the tracking code show: the last reported state, or "vencido" past its date. */
export type CommitmentStatus = CommitmentState | 'vencido';

export interface CommitmentStanding {
  status: CommitmentStatus;
  percent: number;
  /** The date of the update that said "cumplido", if any. */
  fulfilledOn?: CalendarDate;
  fulfilledOnTime: boolean;
  lastUpdate?: ProgressUpdate;
}

// Updates of one day keep their order of entry: the later one is the newer word.
const latest = (updates: readonly ProgressUpdate[]): ProgressUpdate | undefined =>
  updates.reduce<ProgressUpdate | undefined>((last, update) => (last === undefined || update.date >= last.date ? update : last), undefined);

/** Overdue is derived from today and never stored, so it can't go stale (dates compare as YYYY-MM-DD text). */
export function commitmentStanding(commitment: Pick<Commitment, 'dueDate'>, updates: readonly ProgressUpdate[], today: CalendarDate): CommitmentStanding {
  const lastUpdate = latest(updates);
  const state: CommitmentState = lastUpdate?.state ?? 'pendiente';
  const fulfilledOn = state === 'cumplido' ? lastUpdate?.date : undefined;
  const status: CommitmentStatus = state !== 'cumplido' && today > commitment.dueDate ? 'vencido' : state;
  return {
    status,
    percent: lastUpdate?.percent ?? 0,
    ...(fulfilledOn ? { fulfilledOn } : {}),
    fulfilledOnTime: fulfilledOn !== undefined && fulfilledOn <= commitment.dueDate,
    ...(lastUpdate ? { lastUpdate } : {}),
  };
}

/** Updates grouped by commitment, each list in order of entry: one pass, whatever the number of commitments. */
export function updatesByCommitment(updates: readonly ProgressUpdate[]): (commitmentId: string) => ProgressUpdate[] {
  const byId = new Map<string, ProgressUpdate[]>();
  for (const update of updates) {
    const list = byId.get(update.commitmentId);
    if (list) list.push(update);
    else byId.set(update.commitmentId, [update]);
  }
  return (commitmentId) => byId.get(commitmentId) ?? [];
}

export interface CommitmentTally {
  made: number;
  fulfilled: number;
  fulfilledOnTime: number;
  overdue: number;
  inProgress: number;
  pending: number;
}

/** The period dashboard's figures: commitments made, fulfilled (on time), overdue, still open. */
export function tallyCommitments(commitments: readonly Pick<Commitment, 'id' | 'dueDate'>[], updatesOf: (commitmentId: string) => readonly ProgressUpdate[], today: CalendarDate): CommitmentTally {
  const tally: CommitmentTally = { made: 0, fulfilled: 0, fulfilledOnTime: 0, overdue: 0, inProgress: 0, pending: 0 };
  for (const commitment of commitments) {
    const standing = commitmentStanding(commitment, updatesOf(commitment.id), today);
    tally.made += 1;
    if (standing.status === 'cumplido') tally.fulfilled += 1;
    if (standing.fulfilledOnTime) tally.fulfilledOnTime += 1;
    if (standing.status === 'vencido') tally.overdue += 1;
    if (standing.status === 'en_curso') tally.inProgress += 1;
    if (standing.status === 'pendiente') tally.pending += 1;
  }
  return tally;
}
