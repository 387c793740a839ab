import { sql, type Kysely, type Migration } from 'kysely';
import { jsonText } from './dialect';

/**
 * Form versions, the answer limit of a form at an event, and an index to find a form's submissions
 * among the generic records (partial: only form.submission rows carry a formId).
 */
export const createForms: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('form_definitions')
      .addColumn('form_id', 'text', (col) => col.notNull())
      .addColumn('version', 'integer', (col) => col.notNull())
      .addColumn('definition', 'text', (col) => col.notNull())
      .addColumn('saved_at', 'text', (col) => col.notNull())
      .addPrimaryKeyConstraint('form_definitions_pk', ['form_id', 'version'])
      .execute();

    await db.schema
      .createTable('form_answer_limits')
      .addColumn('form_id', 'text', (col) => col.notNull())
      .addColumn('event_id', 'text', (col) => col.notNull())
      .addColumn('answer_limit', 'text', (col) => col.notNull())
      .addColumn('updated_at', 'text', (col) => col.notNull())
      .addPrimaryKeyConstraint('form_answer_limits_pk', ['form_id', 'event_id'])
      .execute();

    // Queries must repeat this expression and the literal kind for SQLite to use the index.
    await sql`create index records_form_submissions on records (${jsonText(db, 'payload', 'formId')}, event_id) where kind = 'form.submission'`.execute(db);
  },

  async down(db: Kysely<unknown>) {
    await sql`drop index records_form_submissions`.execute(db);
    await db.schema.dropTable('form_answer_limits').execute();
    await db.schema.dropTable('form_definitions').execute();
  },
};
