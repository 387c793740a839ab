/** Reads over stored form.submission records (the generic `records` table). */

/** A stored submission that may be by the same answerer as a new one. */
export interface StoredAnswerer {
  recordId: string;
  deviceId: string;
  personKey?: string;
}

export interface StoredSubmission {
  recordId: string;
  eventId: string;
  formVersion: number;
  /** As validated at ingest: only answered, visible fields. */
  answers: Record<string, unknown>;
}

export interface SubmissionStore {
  /**
   * Read inside SyncStore.atomically (see FormStore.answerLimit). Submissions of the form at the event taken
   * on this device or carrying this personKey: a superset of the same answerer's, narrowed by the caller's rule.
   */
  answerersNear(formId: string, eventId: string, near: { deviceId: string; personKey?: string }): Promise<StoredAnswerer[]>;
  /** Every submission of a form, of one event or all, in the order they were stored. */
  submissions(formId: string, eventId?: string): Promise<StoredSubmission[]>;
}
