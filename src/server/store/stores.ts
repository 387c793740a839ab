import type { SyncStore } from './sync-store';
import type { EventStore } from './event-store';
import type { PassStore } from './pass-store';
import type { AttendanceStore } from './attendance-store';
import type { PullStore } from './pull-store';
import type { FormStore } from './form-store';
import type { SubmissionStore } from './submission-store';
import type { EscuchaderoStore } from './escuchadero-store';
import type { ReportStore } from './report-store';
import type { AuthStore } from './auth-store';
import type { CommitmentStore } from './commitment-store';
import type { PublicationStore } from './publication-store';
import type { SettingsStore } from './settings-store';

/**
 * Every store the HTTP resources use, one per concept, all on the same database.
 * A feature adds its own store interface (e.g. EventStore) as a field here and an
 * implementation per adapter; resources receive only the stores they need.
 */
export interface Stores {
  sync: SyncStore;
  events: EventStore;
  passes: PassStore;
  attendance: AttendanceStore;
  pull: PullStore;
  forms: FormStore;
  submissions: SubmissionStore;
  escuchadero: EscuchaderoStore;
  /** Read-only queries of reports and exports. */
  reports: ReportStore;
  /** Accounts, sessions, devices, audit log and rate-limit windows (shared by every server process). */
  auth: AuthStore;
  /** Commitments (compromisos) and their progress updates. */
  commitments: CommitmentStore;
  /** What the planning office publishes on /rendicion. */
  publications: PublicationStore;
  /** Entity settings, one kept row per saved version. */
  settings: SettingsStore;
  /** Throws if the database does not answer. */
  ping(): Promise<void>;
  close(): Promise<void>;
}
