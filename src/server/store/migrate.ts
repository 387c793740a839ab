import { Migrator, type Kysely } from 'kysely';
import type { FormDefinition } from '../../core/forms';
import type { StoreDatabase } from './schema';
import { migrations } from './migrations';

/** Brings the database to the latest schema; throws so that a server never starts half-migrated. */
export async function migrateToLatest(db: Kysely<unknown>): Promise<void> {
  const migrator = new Migrator({ db, provider: { getMigrations: async () => migrations } });
  const { error, results } = await migrator.migrateToLatest();
  const failed = results?.find((r) => r.status === 'Error');
  if (error !== undefined || failed !== undefined) {
    throw new Error(`La migración ${failed?.migrationName ?? ''} falló`, { cause: error });
  }
}

/** Migrates, then stores the `seed` form versions (the built-in forms) whose (id, version) is free. */
export async function migrateAndSeed(db: Kysely<StoreDatabase>, seed: readonly FormDefinition[], seededAt: string): Promise<void> {
  await migrateToLatest(db as Kysely<unknown>);
  if (seed.length === 0) return;
  await db
    .insertInto('form_definitions')
    .values(seed.map((d) => ({ form_id: d.id, version: d.version, definition: JSON.stringify(d), saved_at: seededAt })))
    .onConflict((oc) => oc.columns(['form_id', 'version']).doNothing())
    .execute();
}
