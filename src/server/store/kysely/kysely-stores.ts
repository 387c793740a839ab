import type { Stores } from '../stores';
import type { Kysely } from 'kysely';
import type { StoreDatabase } from '../schema';
import { engineOf } from './engine';
import type { Dialect } from './dialect';
import { kyselyFormStore, type KyselyFormStore } from './kysely-form-store';
import { kyselySyncStore } from './kysely-sync-store';
import { kyselyEventStore } from './kysely-event-store';
import { kyselyPassStore } from './kysely-pass-store';
import { kyselyAttendanceStore } from './event-records';
import { kyselyPullStore } from './kysely-pull-store';
import { kyselySubmissionStore } from './kysely-submission-store';
import { kyselyEscuchaderoStore } from './kysely-escuchadero-store';
import { kyselyReportStore } from './kysely-report-store';
import { kyselyAuthStore } from './kysely-auth-store';
import { kyselyCommitmentStore } from './kysely-commitment-store';
import { kyselyPublicationStore } from './kysely-publication-store';
import { kyselySettingsStore, type KyselySettingsStore } from './kysely-settings-store';

/**
 * Every store, written once, on one database (SQLite or PostgreSQL). `close` closes it. The form store is
 * returned as such: its opener loads it, and a reader reloads it to see form versions the server saved since;
 * the settings store too, for the PostgreSQL opener to count what other processes announce.
 */
export function kyselyStores(db: Kysely<StoreDatabase>, dialect: Dialect, close: () => Promise<void>): Stores & { forms: KyselyFormStore; settings: KyselySettingsStore } {
  const engine = engineOf(db, dialect);
  const sync = kyselySyncStore(engine);
  return {
    sync,
    events: kyselyEventStore(engine),
    passes: kyselyPassStore(engine),
    attendance: kyselyAttendanceStore(engine),
    pull: kyselyPullStore(engine),
    forms: kyselyFormStore(engine),
    submissions: kyselySubmissionStore(engine),
    escuchadero: kyselyEscuchaderoStore(engine),
    reports: kyselyReportStore(engine),
    auth: kyselyAuthStore(engine),
    commitments: kyselyCommitmentStore(engine),
    publications: kyselyPublicationStore(engine),
    settings: kyselySettingsStore(engine),
    ping: () => sync.ping(),
    close,
  };
}
