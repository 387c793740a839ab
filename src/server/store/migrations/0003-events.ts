import type { Kysely, Migration } from 'kysely';
import { wideInteger } from './dialect';

/**
 * Events as versioned documents. `seq` is the event change sequence (pull cursors compare it);
 * `listed_seq` is the seq at which the event last entered a status whose lists devices download.
 */
export const createEvents: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('events')
      .addColumn('id', 'text', (col) => col.primaryKey())
      .addColumn('revision', 'integer', (col) => col.notNull())
      .addColumn('status', 'text', (col) => col.notNull())
      .addColumn('document', 'text', (col) => col.notNull())
      .addColumn('creation_hash', 'text', (col) => col.notNull())
      .addColumn('seq', wideInteger(db), (col) => col.notNull().unique())
      .addColumn('listed_seq', wideInteger(db))
      .execute();
  },

  async down(db: Kysely<unknown>) {
    await db.schema.dropTable('events').execute();
  },
};
