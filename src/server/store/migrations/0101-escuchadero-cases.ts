import { sql, type Kysely, type Migration } from 'kysely';
import { jsonText } from './dialect';

/**
 * The planning office's handling of escuchadero entries (the entry itself stays a generic record),
 * and an index to find an entry by the tracking code a citizen types.
 */
export const createEscuchaderoCases: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('escuchadero_cases')
      .addColumn('record_id', 'text', (col) => col.primaryKey().references('records.id'))
      .addColumn('state', 'text', (col) => col.notNull())
      .addColumn('case_json', 'text', (col) => col.notNull())
      .addColumn('updated_at', 'text', (col) => col.notNull())
      .execute();

    await sql`create index records_tracking_codes on records (${jsonText(db, 'payload', 'trackingCode')}) where kind = 'form.submission'`.execute(db);
  },

  async down(db: Kysely<unknown>) {
    await sql`drop index records_tracking_codes`.execute(db);
    await db.schema.dropTable('escuchadero_cases').execute();
  },
};
