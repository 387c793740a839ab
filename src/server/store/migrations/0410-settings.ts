import type { Kysely, Migration } from 'kysely';

/**
 * Entity settings (issue 13), one row per saved version: a save never overwrites, so a record captured with
 * version 3 still resolves its territory names after version 4 renamed a comuna. The whole validated document is
 * JSON text; the version is the key.
 */
export const createSettingsVersions: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('settings_versions')
      .addColumn('version', 'integer', (col) => col.primaryKey())
      .addColumn('saved_at', 'text', (col) => col.notNull())
      .addColumn('saved_by', 'text')
      .addColumn('document', 'text', (col) => col.notNull())
      .execute();
  },

  async down(db: Kysely<unknown>) {
    await db.schema.dropTable('settings_versions').execute();
  },
};
