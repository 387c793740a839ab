import { sql, type Kysely, type Migration } from 'kysely';
import { dialectOf } from '../dialect';

/**
 * The event a record belongs to, copied out of the payload at ingest so that an event's check-ins and
 * registrations are found through an index instead of by reading every payload.
 * Records already stored get it from their payload here; records without an eventId keep NULL.
 */
export const addRecordsEventId: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema.alterTable('records').addColumn('event_id', 'text').execute();
    const dialect = dialectOf(db);
    // Only a text eventId is copied; the column was just added, so every other row keeps NULL.
    await sql`update records set event_id = ${dialect.jsonString('payload', ['eventId'])}`.execute(db);
    // (event_id, kind) entries are ordered by rowid inside each pair, which is the change order pull reads in.
    // PostgreSQL has no rowid: its change order is records.seq, named as the index's last column.
    const columns = dialect.name === 'postgres' ? ['event_id', 'kind', 'seq'] : ['event_id', 'kind'];
    await db.schema.createIndex('records_event_kind').on('records').columns(columns).execute();
  },

  async down(db: Kysely<unknown>) {
    await db.schema.dropIndex('records_event_kind').execute();
    await db.schema.alterTable('records').dropColumn('event_id').execute();
  },
};
