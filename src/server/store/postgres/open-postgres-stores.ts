import type { Kysely } from 'kysely';
import type { StoreDatabase } from '../schema';
import type { Stores } from '../stores';
import { builtinFormDefinitions } from '../../../core/forms/builtin-definitions';
import { kyselyAuthStore } from '../kysely/kysely-auth-store';
import { openPostgresPool, postgresKysely } from './open-postgres';
import { migrateAndSeed } from './migrate-postgres';
import { transactionScope } from './transaction-scope';
import { postgresSyncStore } from './postgres-sync-store';
import { postgresEventStore } from './postgres-event-store';
import { postgresPassStore } from './postgres-pass-store';
import { postgresAttendanceStore } from './postgres-attendance-store';
import { postgresPullStore } from './postgres-pull-store';
import { postgresFormStore } from './postgres-form-store';
import { postgresSubmissionStore } from './postgres-submission-store';
import { postgresEscuchaderoStore } from './postgres-escuchadero-store';
import { postgresReportStore } from './postgres-report-store';
import { listenForFormVersions } from './form-version-listener';

export interface PostgresStoreOptions {
  /** Where a lost LISTEN connection is reported (it reconnects by itself). */
  logError?: (error: unknown) => void;
}

/**
 * Connects to DATABASE_URL, migrates (one process at a time), and builds every store on one pool. Any number
 * of processes may open the same database: everything they must agree on lives in it (see README).
 */
export async function openPostgresStores(url: string, options: PostgresStoreOptions = {}): Promise<Stores> {
  const logError = options.logError ?? console.error;
  const pool = openPostgresPool(url);
  // An idle pooled connection that breaks (a database restart) is dropped and replaced; unheard, the
  // error would end the process.
  pool.on('error', logError);
  const db = postgresKysely(pool);
  try {
    await migrateAndSeed(db, builtinFormDefinitions, new Date().toISOString());
    const scope = transactionScope(db);
    const forms = postgresFormStore(scope);
    const listener = await listenForFormVersions(
      url,
      (formId, version) => void forms.learn(formId, version).catch(logError),
      () => void forms.reload().catch(logError),
      logError,
    );
    // Listening before the first load: a version saved in between is both loaded and announced, never missed.
    await forms.reload();
    const sync = postgresSyncStore(scope);
    return {
      sync,
      events: postgresEventStore(scope),
      passes: postgresPassStore(scope),
      attendance: postgresAttendanceStore(scope),
      pull: postgresPullStore(scope),
      forms,
      submissions: postgresSubmissionStore(scope),
      escuchadero: postgresEscuchaderoStore(scope),
      reports: postgresReportStore(scope),
      // The only difference between the two schemas is records.seq, which the auth store never reads.
      auth: kyselyAuthStore(db as unknown as Kysely<StoreDatabase>),
      ping: () => sync.ping(),
      close: async () => {
        await listener.close();
        await db.destroy();
      },
    };
  } catch (error) {
    await db.destroy();
    throw error;
  }
}
