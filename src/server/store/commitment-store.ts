import type { Commitment, ProgressUpdate } from '../../core/commitments';

/** What a write of a client-made id came to: new, the same content again, or different content under that id. */
export type CommitmentWrite = 'created' | 'duplicate' | 'conflict';

export interface CommitmentFilter {
  eventIds?: readonly string[];
  office?: string;
  territory?: string;
  topic?: string;
  /** Commitments produced by these escuchadero entries (record ids). */
  originEntryIds?: readonly string[];
}

export interface CommitmentStore {
  /** Idempotent by the client's id: the same commitment again is 'duplicate', other content 'conflict'. */
  create(commitment: Commitment, storedAt: string): Promise<CommitmentWrite>;
  commitment(id: string): Promise<Commitment | undefined>;
  /** Matching commitments, by due date then id. */
  list(filter: CommitmentFilter): Promise<Commitment[]>;
  /** Appends (never overwrites); 'missing' when the commitment is not stored. */
  addUpdate(update: ProgressUpdate, storedAt: string): Promise<CommitmentWrite | 'missing'>;
  /** The updates of these commitments, in order of entry. */
  updates(commitmentIds: readonly string[]): Promise<ProgressUpdate[]>;
}
