import type { Generated } from 'kysely';

/** The tables of commitments, as Kysely sees them (joined into StoreDatabase in schema.ts). */
export interface CommitmentsTable {
  id: string;
  event_id: string;
  /** Code of the responsible dependency (entity settings' offices). */
  office: string;
  territory: string | null;
  topic: string | null;
  /** YYYY-MM-DD. */
  due_date: string;
  /** 'typed' | 'escuchadero' | 'priorizacion' */
  origin_kind: string;
  /** The escuchadero entry (record id) that produced it, when origin_kind is 'escuchadero'. */
  origin_entry_id: string | null;
  /** Client clock of the creation, as in the document. */
  created_at: string;
  /** The Commitment as JSON text. */
  document: string;
  /** Server clock. */
  stored_at: string;
}

export interface CommitmentUpdatesTable {
  /** Order of entry. */
  seq: Generated<number>;
  id: string;
  commitment_id: string;
  date: string;
  /** The ProgressUpdate as JSON text. */
  document: string;
  stored_at: string;
}
