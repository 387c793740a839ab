import type { Kysely, Migration } from 'kysely';
import { wideInteger } from './dialect';

/** Passes issued to registered attendees: stored once, so the same attendee always gets the same text. */
export const createPasses: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('passes')
      .addColumn('attendee_id', 'text', (col) => col.primaryKey().references('records.id'))
      .addColumn('event_id', 'text', (col) => col.notNull())
      .addColumn('issued_at', wideInteger(db), (col) => col.notNull())
      .addColumn('code', 'text', (col) => col.notNull())
      .execute();
  },

  async down(db: Kysely<unknown>) {
    await db.schema.dropTable('passes').execute();
  },
};
