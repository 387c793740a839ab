/**
 * The structural inputs of the indicators: plain rows that thin adapters build from stored records
 * (attendance.entry, escuchadero, evaluation, event plans). Defined here, not imported, so the
 * indicators do not depend on how each record kind evolves.
 */

/** One admitted attendance row. Only `consented` rows may contribute characterisation (Ley 1581/2012). */
export interface AttendanceFacts {
  eventId: string;
  /** ISO 8601 with offset or Z, e.g. "2024-05-01T09:47:12-05:00". */
  checkedInAt: string;
  consented: boolean;
  territory?: string;
  sex?: string;
  genderIdentity?: string;
  sexualOrientation?: string;
  lifeStage?: string;
  ethnicGroup?: string;
  /** undefined: not answered; []: answered "none of these". */
  disabilities?: readonly string[];
  differentialGroups?: readonly string[];
  organisationType?: string;
  accessibilityNeeds?: readonly string[];
  /**
   * Set by the adapter on every row but the earliest when the same person was admitted by two
   * offline devices: the person is already counted once, so these rows only feed the duplicates figure.
   */
  duplicateOfflineAdmitted?: boolean;
}

/** One planned or held event of the period. */
export interface EventFacts {
  eventId: string;
  /** ISO 8601; the event belongs to the period that contains this instant. */
  startsAt: string;
  type: string;
  murcStage: string;
  territory?: string;
}

/** One escuchadero entry (question, proposal, complaint, acknowledgement) and its answer. */
export interface EscuchaderoFacts {
  eventId: string;
  receivedAt: string;
  answeredAt?: string;
  dueAt: string;
}

/** One evaluation form: only the 1–5 overall rating matters to the indicators. */
export interface EvaluationFacts {
  eventId: string;
  overallRating?: number;
}
