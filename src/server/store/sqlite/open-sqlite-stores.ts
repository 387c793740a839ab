import { Kysely, SqliteDialect } from 'kysely';
import type { StoreDatabase } from '../schema';
import type { Stores } from '../stores';
import { migrateToLatest } from '../migrate';
import { openSqliteDatabase } from './open-sqlite';
import { sqliteSyncStore } from './sqlite-sync-store';
import { sqliteEventStore } from './sqlite-event-store';
import { sqlitePassStore } from './sqlite-pass-store';
import { sqliteAttendanceStore } from './sqlite-attendance-store';
import { sqlitePullStore } from './sqlite-pull-store';
import { builtinFormDefinitions } from '../../../core/forms/builtin-definitions';
import { sqliteFormStore } from './sqlite-form-store';
import { sqliteSubmissionStore } from './sqlite-submission-store';
import { sqliteEscuchaderoStore } from './sqlite-escuchadero-store';
import { sqliteReportStore } from './sqlite-report-store';
import { kyselyAuthStore } from '../kysely/kysely-auth-store';
import { sqliteAuthRequestStatements } from './sqlite-auth-request-statements';

/** Opens (creating if needed) the SQLite file, migrates it, and builds every store on the one connection. */
export async function openSqliteStores(file: string): Promise<Stores> {
  const database = openSqliteDatabase(file);
  const db = new Kysely<StoreDatabase>({ dialect: new SqliteDialect({ database }) });
  await migrateToLatest(db as Kysely<unknown>);
  const sync = sqliteSyncStore(database, db);
  return {
    sync,
    events: sqliteEventStore(database, db),
    passes: sqlitePassStore(database, db),
    attendance: sqliteAttendanceStore(database, db),
    pull: sqlitePullStore(database, db),
    // The built-in forms are stored at open when absent, so every version served is on file.
    forms: sqliteFormStore(database, db, builtinFormDefinitions, new Date().toISOString()),
    submissions: sqliteSubmissionStore(database, db),
    escuchadero: sqliteEscuchaderoStore(database, db),
    reports: sqliteReportStore(database, db),
    // The statements of every device request run prepared; the rest of the auth store is plain Kysely.
    auth: { ...kyselyAuthStore(db), ...sqliteAuthRequestStatements(database, db) },
    ping: () => sync.ping(),
    close: () => sync.close(),
  };
}
