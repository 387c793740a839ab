import type { AnswerLimit } from '../../core/forms/answer-limit';
import type { CaseState } from '../../core/escuchadero';
import { integer, optionalText, text, type TableDefinition } from './table-definition';

/** The tables of forms and the escuchadero. */
export const formsTables = {
  /** Every version of every form the server has served. A stored version never changes. */
  form_definitions: {
    columns: {
      formId: text(),
      version: integer(),
      /** The FormDefinition as JSON text. */
      definition: text(),
      /** Server clock, ISO 8601 UTC. */
      savedAt: text(),
    },
    primaryKey: ['formId', 'version'],
  },
  /** "One answer per …" of a form at an event; no row means 'none'. */
  form_answer_limits: {
    columns: {
      formId: text(),
      eventId: text(),
      answerLimit: text<AnswerLimit>(),
      updatedAt: text(),
    },
    primaryKey: ['formId', 'eventId'],
  },
  /** How the planning office handles an escuchadero entry (itself a generic record); no row: still 'received'. */
  escuchadero_cases: {
    columns: {
      recordId: text({ primaryKey: true, references: 'records.id' }),
      /** The case state, also inside `caseJson`, kept apart for filtering and compare-and-swap. */
      state: text<CaseState>(),
      /** The EscuchaderoCase as JSON text. */
      caseJson: text(),
      updatedAt: text(),
    },
  },
  /**
   * A form link the planning office made for an event (issue 13): listed again after a reload, and closable
   * (closedAt set: it takes no more answers). The signature is deterministic (Ed25519 over form and event), so
   * it is not stored: it is signed again when listed.
   */
  form_links: {
    columns: { formId: text(), eventId: text(), createdAt: text(), closedAt: optionalText() },
    primaryKey: ['formId', 'eventId'],
    indexes: { form_links_event_id: ['eventId'] },
  },
} satisfies Record<string, TableDefinition>;
