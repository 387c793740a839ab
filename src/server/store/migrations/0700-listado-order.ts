import { sql, type Kysely, type Migration } from 'kysely';
import { isPostgres } from './dialect';

/**
 * Scratch rows of the listado exports in progress (issue 12): the first pass writes each check-in's place in the
 * list and identity here a page at a time, so the database, not the server's heap, sorts 100,000 of them and
 * finds the first check-in of each person. An export deletes its rows when it ends; `started_at` lets a later
 * export sweep the rows of one a crash interrupted. No primary key: every index costs each of the 100,000
 * inserts and deletes (a key on the random ids cost four times the rest), and the two below are all the walk needs.
 */
export const createListadoOrder: Migration = {
  async up(db: Kysely<unknown>) {
    // Ties in time go by id as JavaScript compares strings (code units): PostgreSQL's locale collation would not.
    const idType = isPostgres(db) ? sql`text collate "C"` : sql`text`;
    await db.schema
      .createTable('listado_rows')
      .addColumn('export_id', 'bigint', (col) => col.notNull())
      .addColumn('id', idType, (col) => col.notNull())
      .addColumn('undone', 'integer', (col) => col.notNull())
      .addColumn('at_ms', 'bigint', (col) => col.notNull())
      .addColumn('identity', 'text')
      .addColumn('started_at', 'text', (col) => col.notNull())
      .execute();
    // The list's order, walked a page at a time; and each person's first counted check-in, found by index.
    await db.schema.createIndex('listado_rows_order').on('listado_rows').columns(['export_id', 'undone', 'at_ms', 'id']).execute();
    await db.schema.createIndex('listado_rows_identity').on('listado_rows').columns(['export_id', 'identity', 'undone', 'at_ms', 'id']).execute();
  },

  async down(db: Kysely<unknown>) {
    await db.schema.dropTable('listado_rows').execute();
  },
};
