import type { Commitment } from '../../core/commitments';
import type { PublicationKind } from '../../core/publication';
import { bigInteger, codeUnitText, integer, optionalText, serialKey, text, type TableDefinition } from './table-definition';

/** The planning office's tables: commitments and their progress, entity settings, publications, listado scratch. */
export const officeTables = {
  /**
   * Commitments (issue 14). What lists and reports filter by is a column; the whole validated document is kept
   * as JSON text, so a replayed create can be compared with what is stored.
   */
  commitments: {
    columns: {
      id: text({ primaryKey: true }),
      event_id: text(),
      /** Code of the responsible dependency (entity settings' offices). */
      office: text(),
      territory: optionalText(),
      topic: optionalText(),
      /** YYYY-MM-DD. */
      due_date: text(),
      origin_kind: text<Commitment['origin']['kind']>(),
      /** The escuchadero entry (record id) that produced it, when origin_kind is 'escuchadero'. */
      origin_entry_id: optionalText(),
      /** Client clock of the creation, as in the document. */
      created_at: text(),
      /** The Commitment as JSON text. */
      document: text(),
      /** Server clock. */
      stored_at: text(),
    },
    indexes: { commitments_event_id: ['event_id'], commitments_origin_entry_id: ['origin_entry_id'] },
  },
  /** Append-only: `seq` keeps their order of entry (two updates of one day keep it); `document` is the ProgressUpdate. */
  commitment_updates: {
    columns: {
      seq: serialKey(),
      id: text({ unique: true }),
      commitment_id: text({ references: 'commitments.id' }),
      date: text(),
      document: text(),
      stored_at: text(),
    },
    indexes: { commitment_updates_commitment_id: ['commitment_id'] },
  },
  /**
   * Entity settings (issue 13), one row per saved version: a save never overwrites, so a record captured with
   * version 3 still resolves its territory names after version 4 renamed a comuna. `saved_at` is the server clock,
   * `saved_by` the administrador's user id (null for the built-in version 1), `document` the EntitySettings as JSON.
   */
  settings_versions: {
    columns: { version: integer({ primaryKey: true }), saved_at: text(), saved_by: optionalText(), document: text() },
  },
  /**
   * What the planning office chose to show on /rendicion (issue 14): one row per published event or escuchadero
   * answer. Unpublishing deletes the row, so "not here" always means "not public".
   */
  publications: {
    columns: {
      /** An escuchadero entry's answer is published by its record id. */
      target_kind: text<PublicationKind>(),
      target_id: text(),
      /** Server clock of the (last) publication. */
      published_at: text(),
    },
    primaryKey: ['target_kind', 'target_id'],
  },
  /**
   * Scratch rows of the listado exports in progress (issue 12): the first pass writes each check-in's place in the
   * list and identity here a page at a time, so the database, not the server's heap, sorts 100,000 of them and
   * finds the first check-in of each person. An export deletes its rows when it ends; `started_at` lets a later
   * export sweep the rows of one a crash interrupted. No primary key: every index costs each of the 100,000
   * inserts and deletes (a key on the random ids cost four times the rest), and the two below are all the walk needs.
   */
  listado_rows: {
    columns: {
      /** A random integer per export (short keys: the indexes start with it). */
      export_id: bigInteger(),
      /** Ties in time go by id as JavaScript compares strings. */
      id: codeUnitText(),
      /** 1 for a check-in undone at the door (listed last, counted nowhere), else 0. */
      undone: integer(),
      /** Date.parse of the check-in time; LISTADO_NO_TIME when it does not parse (listed after every time). */
      at_ms: bigInteger(),
      /** identityKey of the check-in; NULL for one that can never be a duplicate. */
      identity: optionalText(),
      started_at: text(),
    },
    // The list's order, walked a page at a time; and each person's first counted check-in, found by index.
    indexes: {
      listado_rows_order: ['export_id', 'undone', 'at_ms', 'id'],
      listado_rows_identity: ['export_id', 'identity', 'undone', 'at_ms', 'id'],
    },
  },
} satisfies Record<string, TableDefinition>;
