import { sql, type Kysely, type Migration } from 'kysely';
import { TABLES } from '../schema';
import { createTable } from '../table-definition';
import { dialectOf } from '../dialect';
import { addRecordsEventId } from './0002-records-event-id';
import { addPersonColumns } from './0300-person-columns';

/** Creates the declared tables (schema.ts), then runs `then`; down undoes `then`, then drops them in reverse. */
const creating = (names: (keyof typeof TABLES)[], then?: Migration): Migration => ({
  async up(db) {
    for (const name of names) await createTable(db, name, TABLES[name]);
    await then?.up(db);
  },
  async down(db) {
    await then?.down?.(db);
    for (const name of [...names].reverse()) await db.schema.dropTable(name).execute();
  },
});

// Queries must repeat these expressions and the literal kind for SQLite to use the index (partial: only
// form.submission rows carry a formId or a tracking code).
const submissionIndex = (name: string, columns: (db: Kysely<unknown>) => ReturnType<typeof sql>): Migration => ({
  up: (db) => sql`create index ${sql.raw(name)} on records (${columns(db)}) where kind = 'form.submission'`.execute(db).then(() => undefined),
  down: (db) => sql`drop index ${sql.raw(name)}`.execute(db).then(() => undefined),
});

/**
 * Every migration, as code, in the order they run (Kysely sorts by name).
 * Names are permanent once released: the database remembers them.
 */
export const migrations: Record<string, Migration> = {
  '0001-records': creating(['records', 'record_conflicts']),
  '0002-records-event-id': addRecordsEventId,
  // Events as versioned documents.
  '0003-events': creating(['events']),
  '0004-passes': creating(['passes']),
  // Forms and escuchadero: numbered from 0100 so other features keep the lower numbers. An index finds a form's
  // submissions among the generic records; another finds an entry by the tracking code a citizen types.
  '0100-forms': creating(
    ['form_definitions', 'form_answer_limits'],
    submissionIndex('records_form_submissions', (db) => sql`${dialectOf(db).jsonText('payload', 'formId')}, event_id`),
  ),
  '0101-escuchadero-cases': creating(
    ['escuchadero_cases'],
    submissionIndex('records_tracking_codes', (db) => dialectOf(db).jsonText('payload', 'trackingCode')),
  ),
  // Accounts, devices, audit and rate limits (issue 5).
  '0200-auth': creating(['users', 'sessions', 'devices', 'enrollment_tokens', 'setup_tokens', 'audit_log', 'rate_limit_windows']),
  // Habeas data looks people up by column, not inside the JSON text (issue 11).
  '0300-person-columns': addPersonColumns,
  // Commitments and their progress (issue 14).
  '0400-commitments': creating(['commitments', 'commitment_updates']),
  // Entity settings and their catalogue versions (issue 13).
  '0410-settings': creating(['settings_versions']),
  // Durable form links, closable (issue 13). Links made before this table existed left an answer-limit row;
  // they are copied in as open.
  '0430-form-links': creating(['form_links'], {
    up: async (db) => {
      await sql`insert into form_links (form_id, event_id, created_at) select form_id, event_id, updated_at from form_answer_limits`.execute(db);
    },
  }),
  // A commitment's page shows its audit history (issue 14, office side): the log is read by target, newest
  // entries among many thousands of others (exports, sign-ins), so the lookup gets its own index, not a scan.
  '0450-audit-target': {
    up: (db) => db.schema.createIndex('audit_log_target').on('audit_log').columns(['target', 'at', 'id']).execute(),
    down: (db) => db.schema.dropIndex('audit_log_target').execute(),
  },
  // What the planning office publishes on /rendicion (issue 14).
  '0500-publications': creating(['publications']),
  // The events each campo staff account is assigned to (issue 12).
  '0600-user-events': creating(['user_events']),
  // Scratch rows of listado exports in progress: the database sorts them, not the heap (issue 12).
  '0700-listado-order': creating(['listado_rows']),
};
