import type { Kysely, Migration } from 'kysely';

/**
 * What the planning office chose to show on the public page /rendicion (issue 14): one row per published
 * event or escuchadero answer. Unpublishing deletes the row, so "not here" always means "not public".
 */
export const createPublications: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('publications')
      .addColumn('target_kind', 'text', (col) => col.notNull())
      .addColumn('target_id', 'text', (col) => col.notNull())
      .addColumn('published_at', 'text', (col) => col.notNull())
      .addPrimaryKeyConstraint('publications_pk', ['target_kind', 'target_id'])
      .execute();
  },

  async down(db: Kysely<unknown>) {
    await db.schema.dropTable('publications').execute();
  },
};
