import type { Generated } from 'kysely';
import type { EscuchaderoCasesTable, FormAnswerLimitsTable, FormDefinitionsTable, FormLinksTable } from './forms-schema';
import type { AuthTables } from './auth-schema';
import type { CommitmentsTable, CommitmentUpdatesTable } from './commitments-schema';
import type { PublicationsTable } from './publication-store';
import type { SettingsVersionsTable } from './settings-schema';
import type { ListadoRowsTable } from './listado-order-store';

/**
 * The tables of sync, as Kysely sees them. They stay generic: a new kind of record
 * is a new `kind` value and payload schema, never a new table here.
 */
export interface RecordsTable {
  id: string;
  kind: string;
  schema_version: number;
  device_id: string;
  /** Device clock, as the device sent it (ISO 8601 with offset). */
  created_at: string;
  /** Server clock, ISO 8601 UTC. */
  received_at: string;
  /** The validated payload as JSON text. */
  payload: string;
  /** payload.eventId when the payload has one (attendance, registrations…), so an event's records are indexed. */
  event_id: string | null;
  /** The document number the payload carries (person-columns.ts), for habeas data. */
  document_number: string | null;
  /** The registration the payload links to (person-columns.ts), for habeas data. */
  attendee_link: string | null;
}

/** Versions that arrived with an id already taken by different content; kept for a person to review. */
export interface RecordConflictsTable {
  seq: Generated<number>;
  record_id: string;
  content_hash: string;
  content: string;
  device_id: string;
  received_at: string;
  /** As in records, of the version's payload. */
  document_number: string | null;
  attendee_link: string | null;
}

/** One row per event: the current revision of its document, and where it stands in the change sequence. */
export interface EventsTable {
  id: string;
  revision: number;
  status: string;
  /** The EventDocument as JSON text. */
  document: string;
  /** sha256 of the creating request's content: a replayed create is recognised even after later edits. */
  creation_hash: string;
  /** Event change sequence: every create or edit takes the next number. */
  seq: number;
  /** seq at which the event last entered a listed status (not closed); NULL while closed. */
  listed_seq: number | null;
}

/** The pass issued to each registered attendee, stored so it is never re-signed differently. */
export interface PassesTable {
  attendee_id: string;
  event_id: string;
  /** Unix seconds, the pass's `issuedAt` claim. */
  issued_at: number;
  code: string;
}

export interface StoreDatabase extends AuthTables {
  form_definitions: FormDefinitionsTable;
  form_answer_limits: FormAnswerLimitsTable;
  form_links: FormLinksTable;
  escuchadero_cases: EscuchaderoCasesTable;
  records: RecordsTable;
  record_conflicts: RecordConflictsTable;
  events: EventsTable;
  passes: PassesTable;
  commitments: CommitmentsTable;
  commitment_updates: CommitmentUpdatesTable;
  publications: PublicationsTable;
  settings_versions: SettingsVersionsTable;
  listado_rows: ListadoRowsTable;
}
