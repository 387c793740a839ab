import type { Kysely, Migration } from 'kysely';

/**
 * The events a campo staff account is assigned to (issue 12): like an enrolled device, a campo session
 * pulls, reads and writes only those. The office edits the list; replacing it is delete + insert.
 */
export const createUserEvents: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('user_events')
      .addColumn('user_id', 'text', (col) => col.notNull().references('users.id'))
      .addColumn('event_id', 'text', (col) => col.notNull())
      .addColumn('assigned_at', 'text', (col) => col.notNull())
      .addPrimaryKeyConstraint('user_events_pk', ['user_id', 'event_id'])
      .execute();
  },

  async down(db: Kysely<unknown>) {
    await db.schema.dropTable('user_events').execute();
  },
};
