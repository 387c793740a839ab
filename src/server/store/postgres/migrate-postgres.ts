import { sql, type Kysely } from 'kysely';
import type { FormDefinition } from '../../../core/forms';
import { migrateToLatest } from '../migrate';
import { LOCKS } from './advisory-locks';
import type { PostgresDatabase } from './postgres-schema';

/**
 * Migrates and stores the built-in form versions while holding a session advisory lock on one connection:
 * several processes starting at once against an empty database take turns, the first does the work and the
 * others find it done. (Kysely's own migration lock comes after it creates its bookkeeping tables, and two
 * concurrent CREATE TABLE IF NOT EXISTS can still collide in PostgreSQL's catalogue.)
 */
export async function migrateAndSeed(db: Kysely<PostgresDatabase>, seed: readonly FormDefinition[], seededAt: string): Promise<void> {
  await db.connection().execute(async (connection) => {
    await sql`select pg_advisory_lock(${sql.lit(LOCKS.schema)})`.execute(connection);
    try {
      await migrateToLatest(connection as Kysely<unknown>);
      if (seed.length > 0) {
        await connection
          .insertInto('form_definitions')
          .values(seed.map((d) => ({ form_id: d.id, version: d.version, definition: JSON.stringify(d), saved_at: seededAt })))
          .onConflict((oc) => oc.columns(['form_id', 'version']).doNothing())
          .execute();
      }
    } finally {
      await sql`select pg_advisory_unlock(${sql.lit(LOCKS.schema)})`.execute(connection);
    }
  });
}
