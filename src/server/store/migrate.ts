import { Migrator, type Kysely } from 'kysely';
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
