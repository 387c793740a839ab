import type { Stores } from '../stores';
import type { Engine } from './engine';
import type { KyselyFormStore } from './kysely-form-store';
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
import { kyselySettingsStore } from './kysely-settings-store';

/** Every store, written once, on one engine (SQLite or PostgreSQL). `close` closes the database. */
export function kyselyStores(engine: Engine, forms: KyselyFormStore, close: () => Promise<void>): Stores {
  const sync = kyselySyncStore(engine);
  return {
    sync,
    events: kyselyEventStore(engine),
    passes: kyselyPassStore(engine),
    attendance: kyselyAttendanceStore(engine),
    pull: kyselyPullStore(engine),
    forms,
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
