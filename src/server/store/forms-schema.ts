/** The tables of forms and the escuchadero, as Kysely sees them (joined into StoreDatabase in schema.ts). */

/** Every version of every form the server has served. A stored version never changes. */
export interface FormDefinitionsTable {
  form_id: string;
  version: number;
  /** The FormDefinition as JSON text. */
  definition: string;
  /** Server clock, ISO 8601 UTC. */
  saved_at: string;
}

/** "One answer per …" of a form at an event; no row means 'none'. */
export interface FormAnswerLimitsTable {
  form_id: string;
  event_id: string;
  /** 'none' | 'perPerson' | 'perDevice' */
  answer_limit: string;
  updated_at: string;
}

/** A form link made for an event; closed_at set = it takes no more answers. */
export interface FormLinksTable {
  form_id: string;
  event_id: string;
  created_at: string;
  closed_at: string | null;
}

/** How the planning office handles an escuchadero entry; no row means the entry is still 'received'. */
export interface EscuchaderoCasesTable {
  record_id: string;
  /** The case state, also inside `case_json`, kept apart for filtering and compare-and-swap. */
  state: string;
  /** The EscuchaderoCase as JSON text. */
  case_json: string;
  updated_at: string;
}
