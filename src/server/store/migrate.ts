import { Migrator, type Kysely } from 'kysely';
import { builtinFormDefinitions } from '../../core/forms/builtin-definitions';
import type { StoreDatabase } from './schema';
import { migrations } from './migrations';

/** Brings the database to the latest schema; throws so that a server never starts half-migrated. */
async function migrateToLatest(db: Kysely<unknown>): Promise<void> {
  const migrator = new Migrator({ db, provider: { getMigrations: async () => migrations } });
  const { error, results } = await migrator.migrateToLatest();
  const failed = results?.find((r) => r.status === 'Error');
  if (error !== undefined || failed !== undefined) {
    throw new Error(`La migración ${failed?.migrationName ?? ''} falló`, { cause: error });
  }
}

/** Migrates, then stores the built-in form versions whose (id, version) is free: every version served is on file. */
export async function migrateAndSeed(db: Kysely<StoreDatabase>): Promise<void> {
  await migrateToLatest(db as Kysely<unknown>);
  const seededAt = new Date().toISOString();
  await db
    .insertInto('form_definitions')
    .values(builtinFormDefinitions.map((d) => ({ formId: d.id, version: d.version, definition: JSON.stringify(d), savedAt: seededAt })))
    .onConflict((oc) => oc.columns(['formId', 'version']).doNothing())
    .execute();
}
