import type { Kysely, Migration } from 'kysely';
import { autoIncrementKey } from './dialect';

/**
 * Commitments (issue 14) and their progress updates. What lists and reports filter by is a column; the whole
 * validated document is kept as JSON text, so a replayed create can be compared with what is stored.
 * Updates are append-only: `seq` keeps their order of entry (two updates of one day keep it).
 */
export const createCommitments: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('commitments')
      .addColumn('id', 'text', (col) => col.primaryKey())
      .addColumn('event_id', 'text', (col) => col.notNull())
      .addColumn('office', 'text', (col) => col.notNull())
      .addColumn('territory', 'text')
      .addColumn('topic', 'text')
      .addColumn('due_date', 'text', (col) => col.notNull())
      .addColumn('origin_kind', 'text', (col) => col.notNull())
      .addColumn('origin_entry_id', 'text')
      .addColumn('created_at', 'text', (col) => col.notNull())
      .addColumn('document', 'text', (col) => col.notNull())
      .addColumn('stored_at', 'text', (col) => col.notNull())
      .execute();
    await db.schema.createIndex('commitments_event_id').on('commitments').column('event_id').execute();
    await db.schema.createIndex('commitments_origin_entry_id').on('commitments').column('origin_entry_id').execute();

    await db.schema
      .createTable('commitment_updates')
      .addColumn('seq', 'integer', autoIncrementKey(db))
      .addColumn('id', 'text', (col) => col.notNull().unique())
      .addColumn('commitment_id', 'text', (col) => col.notNull().references('commitments.id'))
      .addColumn('date', 'text', (col) => col.notNull())
      .addColumn('document', 'text', (col) => col.notNull())
      .addColumn('stored_at', 'text', (col) => col.notNull())
      .execute();
    await db.schema.createIndex('commitment_updates_commitment_id').on('commitment_updates').column('commitment_id').execute();
  },

  async down(db: Kysely<unknown>) {
    await db.schema.dropTable('commitment_updates').execute();
    await db.schema.dropTable('commitments').execute();
  },
};
