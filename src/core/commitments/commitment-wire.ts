import type { CalendarDate } from '../time';
import type { Commitment, CommitmentState, ProgressUpdate } from './commitment';
import type { CommitmentStanding, CommitmentStatus } from './commitment-status';

/** A commitment as GET /api/v1/commitments lists it: the stored document and where it stands today. */
export interface CommitmentItem extends Commitment {
  standing: CommitmentStanding;
}

/** GET /api/v1/commitments/:id: the commitment, its standing and its whole history (order of entry). */
export interface CommitmentDetail {
  item: CommitmentItem;
  updates: ProgressUpdate[];
}

/** What a citizen's tracking code shows of the commitments its question produced: nothing personal. */
export interface TrackedCommitment {
  title: string;
  office: string;
  /** The dependency's name in the entity's catalogue (the code when the catalogue no longer has it). */
  officeName: string;
  dueDate: CalendarDate;
  status: CommitmentStatus;
  percent: number;
}

/** GET /api/v1/commitments/:id/history: who changed it and when, from the audit log (names, never ids). */
export interface CommitmentHistoryEntry {
  /** Server clock, ISO 8601. */
  at: string;
  change: 'created' | 'progress';
  /** The staff member's name (a device's label); null when the account is gone. */
  actor: string | null;
  /** What a progress report said. */
  state?: CommitmentState;
  percent?: number;
}
