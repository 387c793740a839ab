import type { CalendarDate } from '../time';
import type { Commitment, ProgressUpdate } from './commitment';
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
