import { sql, type Kysely, type Migration } from 'kysely';

/**
 * Form links the planning office made for an event (issue 13): listed again after a reload, and closable.
 * The signature is deterministic (Ed25519 over form and event), so it is not stored: it is signed again
 * when listed. Links made before this table existed left an answer-limit row; they are copied in as open.
 */
export const createFormLinks: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('form_links')
      .addColumn('form_id', 'text', (col) => col.notNull())
      .addColumn('event_id', 'text', (col) => col.notNull())
      .addColumn('created_at', 'text', (col) => col.notNull())
      .addColumn('closed_at', 'text')
      .addPrimaryKeyConstraint('form_links_pk', ['form_id', 'event_id'])
      .execute();
    await db.schema.createIndex('form_links_event_id').on('form_links').column('event_id').execute();
    await sql`insert into form_links (form_id, event_id, created_at) select form_id, event_id, updated_at from form_answer_limits`.execute(db);
  },

  async down(db: Kysely<unknown>) {
    await db.schema.dropTable('form_links').execute();
  },
};
