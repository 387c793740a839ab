import type { Kysely, Migration } from 'kysely';
import { autoIncrementKey, isPostgres } from './dialect';

/** Records of every kind, and the conflicting versions kept for review. */
export const createRecords: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('records')
      .addColumn('id', 'text', (col) => col.primaryKey())
      .addColumn('kind', 'text', (col) => col.notNull())
      .addColumn('schema_version', 'integer', (col) => col.notNull())
      .addColumn('device_id', 'text', (col) => col.notNull())
      .addColumn('created_at', 'text', (col) => col.notNull())
      .addColumn('received_at', 'text', (col) => col.notNull())
      .addColumn('payload', 'text', (col) => col.notNull())
      // The record change sequence: SQLite uses the rowid (see kysely/dialect.ts); PostgreSQL
      // has no rowid, so it numbers records in this column (kept in commit order by kysely/dialect.ts).
      .$call((table) => (isPostgres(db) ? table.addColumn('seq', 'bigint', (col) => col.generatedAlwaysAsIdentity().unique()) : table))
      .execute();

    await db.schema
      .createTable('record_conflicts')
      .addColumn('seq', 'integer', autoIncrementKey(db))
      .addColumn('record_id', 'text', (col) => col.notNull().references('records.id'))
      .addColumn('content_hash', 'text', (col) => col.notNull())
      .addColumn('content', 'text', (col) => col.notNull())
      .addColumn('device_id', 'text', (col) => col.notNull())
      .addColumn('received_at', 'text', (col) => col.notNull())
      // Replaying a conflicting version must not add a second copy of it.
      .addUniqueConstraint('record_conflicts_version', ['record_id', 'content_hash'])
      .execute();
  },

  async down(db: Kysely<unknown>) {
    await db.schema.dropTable('record_conflicts').execute();
    await db.schema.dropTable('records').execute();
  },
};
