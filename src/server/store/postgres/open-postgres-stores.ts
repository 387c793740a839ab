import { sql, type Kysely } from 'kysely';
import type { StoreDatabase } from '../schema';
import { storesOn, type Stores } from '../stores';
import { migrateAndSeed } from '../migrate';
import { LOCKS } from '../dialect';
import { openPostgres } from './open-postgres';
import { listenForAnnouncements } from './announcement-listener';

/**
 * Migrates and stores the built-in form versions while holding a session advisory lock on one connection:
 * several processes starting at once against an empty database take turns, the first does the work and the
 * others find it done. (Kysely's own migration lock comes after it creates its bookkeeping tables, and two
 * concurrent CREATE TABLE IF NOT EXISTS can still collide in PostgreSQL's catalogue.)
 */
async function migrateOneAtATime(db: Kysely<StoreDatabase>): Promise<void> {
  await db.connection().execute(async (connection) => {
    await sql`select pg_advisory_lock(${sql.lit(LOCKS.schema)})`.execute(connection);
    try {
      await migrateAndSeed(connection);
    } finally {
      await sql`select pg_advisory_unlock(${sql.lit(LOCKS.schema)})`.execute(connection);
    }
  });
}

/**
 * Connects to DATABASE_URL, migrates (one process at a time), and builds every store on one pool. Any number
 * of processes may open the same database: everything they must agree on lives in it (see README).
 * `logError` hears what breaks in the background (a lost LISTEN or pooled connection, replaced by itself).
 */
export async function openPostgresStores(url: string, options: { logError?: (error: unknown) => void } = {}): Promise<Stores> {
  const logError = options.logError ?? console.error;
  const db = openPostgres(url, logError);
  try {
    await migrateOneAtATime(db);
    const stores = storesOn(db, async () => {
      await listener.close();
      await db.destroy();
    });
    const { forms, settings } = stores;
    const listener = await listenForAnnouncements(
      url,
      {
        formVersion: ([formId, version]) => void forms.learn(formId, version).catch(logError),
        settingsVersion: () => settings.heardAnnouncement(),
      },
      () => {
        void forms.reload().catch(logError);
        // Settings are read lazily (src/server/settings/live-settings.ts): counting makes the next read fresh.
        settings.heardAnnouncement();
      },
      logError,
    );
    // Listening before the first load: a version saved in between is both loaded and announced, never missed.
    await forms.reload();
    return stores;
  } catch (error) {
    await db.destroy();
    throw error;
  }
}
