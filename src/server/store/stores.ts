import type { Kysely } from 'kysely';
import type { StoreDatabase } from './schema';
import { engineOf } from './kysely/engine';
import { syncStore } from './sync-store';
import { eventStore } from './event-store';
import { passStore } from './pass-store';
import { attendanceStore } from './attendance-store';
import { pullStore } from './pull-store';
import { formStore } from './form-store';
import { submissionStore } from './submission-store';
import { escuchaderoStore } from './escuchadero-store';
import { reportStore } from './report-store';
import { authStore } from './auth-store';
import { commitmentStore } from './commitment-store';
import { publicationStore } from './publication-store';
import { settingsStore } from './settings-store';

/**
 * Every store the HTTP resources use, one per concept, each written once for SQLite and PostgreSQL, all on the
 * same database; resources receive only the stores they need. `close` closes the database.
 */
export function storesOn(db: Kysely<StoreDatabase>, close: () => Promise<void>) {
  const engine = engineOf(db);
  const sync = syncStore(engine);
  return {
    sync,
    events: eventStore(engine),
    passes: passStore(engine),
    attendance: attendanceStore(engine),
    pull: pullStore(engine),
    // Its opener loads it; a report worker's reader reloads it to see form versions the server saved since.
    forms: formStore(engine),
    submissions: submissionStore(engine),
    escuchadero: escuchaderoStore(engine),
    reports: reportStore(engine),
    auth: authStore(engine),
    commitments: commitmentStore(engine),
    publications: publicationStore(engine),
    settings: settingsStore(engine),
    /** Throws if the database does not answer. */
    ping: () => sync.ping(),
    close,
  };
}

export type Stores = ReturnType<typeof storesOn>;
