import { sql, type Kysely, type Migration } from 'kysely';

/**
 * The event a record belongs to, copied out of the payload at ingest so that an event's check-ins and
 * registrations are found through an index instead of by reading every payload.
 * Records already stored get it from their payload here; records without an eventId keep NULL.
 */
export const addRecordsEventId: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema.alterTable('records').addColumn('event_id', 'text').execute();
    await sql`update records set event_id = json_extract(payload, '$.eventId') where json_type(payload, '$.eventId') = 'text'`.execute(db);
    // (event_id, kind) entries are ordered by rowid inside each pair, which is the change order pull reads in.
    await db.schema.createIndex('records_event_kind').on('records').columns(['event_id', 'kind']).execute();
  },

  async down(db: Kysely<unknown>) {
    await db.schema.dropIndex('records_event_kind').execute();
    await db.schema.alterTable('records').dropColumn('event_id').execute();
  },
};
