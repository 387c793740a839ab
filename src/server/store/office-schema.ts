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
      eventId: text(),
      /** Code of the responsible dependency (entity settings' offices). */
      office: text(),
      territory: optionalText(),
      topic: optionalText(),
      /** YYYY-MM-DD. */
      dueDate: text(),
      originKind: text<Commitment['origin']['kind']>(),
      /** The escuchadero entry (record id) that produced it, when originKind is 'escuchadero'. */
      originEntryId: optionalText(),
      /** Client clock of the creation, as in the document. */
      createdAt: text(),
      /** The Commitment as JSON text. */
      document: text(),
      /** Server clock. */
      storedAt: text(),
    },
    indexes: { commitments_event_id: ['eventId'], commitments_origin_entry_id: ['originEntryId'] },
  },
  /** Append-only: `seq` keeps their order of entry (two updates of one day keep it); `document` is the ProgressUpdate. */
  commitment_updates: {
    columns: {
      seq: serialKey(),
      id: text({ unique: true }),
      commitmentId: text({ references: 'commitments.id' }),
      date: text(),
      document: text(),
      storedAt: text(),
    },
    indexes: { commitment_updates_commitment_id: ['commitmentId'] },
  },
  /**
   * Entity settings (issue 13), one row per saved version: a save never overwrites, so a record captured with
   * version 3 still resolves its territory names after version 4 renamed a comuna. `savedAt` is the server clock,
   * `savedBy` the administrador's user id (null for the built-in version 1), `document` the EntitySettings as JSON.
   */
  settings_versions: {
    columns: { version: integer({ primaryKey: true }), savedAt: text(), savedBy: optionalText(), document: text() },
  },
  /**
   * What the planning office chose to show on /rendicion (issue 14): one row per published event or escuchadero
   * answer. Unpublishing deletes the row, so "not here" always means "not public".
   */
  publications: {
    columns: {
      /** An escuchadero entry's answer is published by its record id. */
      targetKind: text<PublicationKind>(),
      targetId: text(),
      /** Server clock of the (last) publication. */
      publishedAt: text(),
    },
    primaryKey: ['targetKind', 'targetId'],
  },
  /**
   * Scratch rows of the listado exports in progress (issue 12): the first pass writes each check-in's place in the
   * list and identity here a page at a time, so the database, not the server's heap, sorts 100,000 of them and
   * finds the first check-in of each person. An export deletes its rows when it ends; `startedAt` lets a later
   * export sweep the rows of one a crash interrupted. No primary key: every index costs each of the 100,000
   * inserts and deletes (a key on the random ids cost four times the rest), and the two below are all the walk needs.
   */
  listado_rows: {
    columns: {
      /** A random integer per export (short keys: the indexes start with it). */
      exportId: bigInteger(),
      /** Ties in time go by id as JavaScript compares strings. */
      id: codeUnitText(),
      /** 1 for a check-in undone at the door (listed last, counted nowhere), else 0. */
      undone: integer(),
      /** Date.parse of the check-in time; LISTADO_NO_TIME when it does not parse (listed after every time). */
      atMs: bigInteger(),
      /** identityKey of the check-in; NULL for one that can never be a duplicate. */
      identity: optionalText(),
      startedAt: text(),
    },
    // The list's order, walked a page at a time; and each person's first counted check-in, found by index.
    indexes: {
      listado_rows_order: ['exportId', 'undone', 'atMs', 'id'],
      listado_rows_identity: ['exportId', 'identity', 'undone', 'atMs', 'id'],
    },
  },
} satisfies Record<string, TableDefinition>;
