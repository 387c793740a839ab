import { Kysely, type Dialect } from 'kysely';
import type { EventStatus } from '../../core/events';
import { integer, optionalText, optionalWideInteger, postgresSequence, serialKey, snakeCaseInSql, text, wideInteger } from './table-definition';
import type { RowOf, TableDefinition } from './table-definition';
import { authTables } from './auth-schema';
import { formsTables } from './forms-schema';
import { officeTables } from './office-schema';

/** What habeas data looks a person up by (core/records/person-columns.ts), taken out of the payload. */
const personColumns = {
  documentNumber: optionalText({ addedBy: '0300-person-columns' }),
  attendeeLink: optionalText({ addedBy: '0300-person-columns' }),
};

/**
 * The tables of sync. They stay generic: a new kind of record is a new `kind` value and payload schema, never a
 * new table here.
 */
const recordsTables = {
  records: {
    columns: {
      id: text({ primaryKey: true }),
      kind: text(),
      schemaVersion: integer(),
      deviceId: text(),
      /** Device clock, as the device sent it (ISO 8601 with offset). */
      createdAt: text(),
      /** Server clock, ISO 8601 UTC. */
      receivedAt: text(),
      /** The validated payload as JSON text. */
      payload: text(),
      // The record change sequence: SQLite uses the rowid (see dialect.ts); PostgreSQL has no rowid, so it
      // numbers records in this column (kept in commit order by dialect.ts).
      seq: postgresSequence(),
      /** payload.eventId when the payload has one (attendance, registrations…), so an event's records are indexed. */
      eventId: optionalText({ addedBy: '0002-records-event-id' }),
      ...personColumns,
    },
  },
  /** Versions that arrived with an id already taken by different content; kept for a person to review. */
  record_conflicts: {
    columns: {
      seq: serialKey(),
      recordId: text({ references: 'records.id' }),
      contentHash: text(),
      content: text(),
      deviceId: text(),
      receivedAt: text(),
      // As in records, of the version's payload.
      ...personColumns,
    },
    // Replaying a conflicting version must not add a second copy of it.
    unique: { record_conflicts_version: ['recordId', 'contentHash'] },
  },
  /** One row per event: the current revision of its document, and where it stands in the change sequence. */
  events: {
    columns: {
      id: text({ primaryKey: true }),
      revision: integer(),
      status: text<EventStatus>(),
      /** The EventDocument as JSON text. */
      document: text(),
      /** sha256 of the creating request's content: a replayed create is recognised even after later edits. */
      creationHash: text(),
      /** Event change sequence: every create or edit takes the next number (pull cursors compare it). */
      seq: wideInteger({ unique: true }),
      /** seq at which the event last entered a listed status (not closed); NULL while closed. */
      listedSeq: optionalWideInteger(),
    },
  },
  /** The pass issued to each registered attendee, stored once so it is never re-signed differently. */
  passes: {
    columns: {
      attendeeId: text({ primaryKey: true, references: 'records.id' }),
      eventId: text(),
      /** Unix seconds, the pass's `issuedAt` claim. */
      issuedAt: wideInteger(),
      code: text(),
    },
  },
} satisfies Record<string, TableDefinition>;

/** Every table, by name: what the migrations create and what Kysely sees. */
export const TABLES = { ...recordsTables, ...formsTables, ...authTables, ...officeTables };

export type StoreDatabase = { [K in keyof typeof TABLES]: RowOf<(typeof TABLES)[K]> };

/** The database the stores see, on either engine: rows typed by the declarations, names camelCased. */
export const storeDatabase = (dialect: Dialect): Kysely<StoreDatabase> => new Kysely<StoreDatabase>({ dialect, plugins: [snakeCaseInSql] });
