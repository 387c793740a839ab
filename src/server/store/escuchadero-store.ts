import type { CaseState, EscuchaderoCase } from '../../core/escuchadero';

/** An escuchadero entry: the stored submission and, once the office touched it, its case. */
export interface EscuchaderoEntry {
  recordId: string;
  eventId: string;
  /** Device clock when the citizen sent it (envelope createdAt). */
  createdAt: string;
  /** Server clock when it arrived. */
  receivedAt: string;
  /** The submission payload as validated at ingest. */
  payload: unknown;
  /** The stored case (parsed JSON); undefined while the entry is still 'received'. */
  storedCase?: unknown;
}

export interface EntryFilter {
  formId: string;
  eventId?: string;
  /** Each one must hold: the answer to `fieldId` is one of `values`. */
  answers?: readonly { fieldId: string; values: readonly string[] }[];
  /** Entries without a case count as 'received'. */
  state?: CaseState;
}

export interface EscuchaderoStore {
  /** Matching entries, oldest first. */
  entries(filter: EntryFilter): Promise<EscuchaderoEntry[]>;
  entry(formId: string, recordId: string): Promise<EscuchaderoEntry | undefined>;
  /** The first entry stored with each code: a later record carrying the same code never shadows it. */
  byTrackingCodes(formId: string, codes: readonly string[]): Promise<EscuchaderoEntry[]>;
  /** Compare-and-swap on the state (undefined = no case yet); false when someone changed it in between. */
  saveCase(recordId: string, next: EscuchaderoCase, previous: CaseState | undefined, at: string): Promise<boolean>;
}
