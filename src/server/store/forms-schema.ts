import type { AnswerLimit } from '../../core/forms/answer-limit';
import type { CaseState } from '../../core/escuchadero';
import { integer, optionalText, text, type TableDefinition } from './table-definition';

/** The tables of forms and the escuchadero. */
export const formsTables = {
  /** Every version of every form the server has served. A stored version never changes. */
  form_definitions: {
    columns: {
      form_id: text(),
      version: integer(),
      /** The FormDefinition as JSON text. */
      definition: text(),
      /** Server clock, ISO 8601 UTC. */
      saved_at: text(),
    },
    primaryKey: ['form_id', 'version'],
  },
  /** "One answer per …" of a form at an event; no row means 'none'. */
  form_answer_limits: {
    columns: {
      form_id: text(),
      event_id: text(),
      answer_limit: text<AnswerLimit>(),
      updated_at: text(),
    },
    primaryKey: ['form_id', 'event_id'],
  },
  /** How the planning office handles an escuchadero entry (itself a generic record); no row: still 'received'. */
  escuchadero_cases: {
    columns: {
      record_id: text({ primaryKey: true, references: 'records.id' }),
      /** The case state, also inside `case_json`, kept apart for filtering and compare-and-swap. */
      state: text<CaseState>(),
      /** The EscuchaderoCase as JSON text. */
      case_json: text(),
      updated_at: text(),
    },
  },
  /**
   * A form link the planning office made for an event (issue 13): listed again after a reload, and closable
   * (closed_at set: it takes no more answers). The signature is deterministic (Ed25519 over form and event), so
   * it is not stored: it is signed again when listed.
   */
  form_links: {
    columns: { form_id: text(), event_id: text(), created_at: text(), closed_at: optionalText() },
    primaryKey: ['form_id', 'event_id'],
    indexes: { form_links_event_id: ['event_id'] },
  },
} satisfies Record<string, TableDefinition>;
