import type { EntitySettings } from '../../core/settings/entity-settings';
import type { SettingsVersion } from '../../core/settings/settings-version';

export interface SettingsStore {
  /** Every stored version, oldest first (empty before the first save). */
  versions(): Promise<SettingsVersion[]>;
  /** The newest stored version, if any. */
  latest(): Promise<SettingsVersion | undefined>;
  /**
   * Stores `settings` as the next version. On an empty table the built-in version 1 (Medellín, what every older
   * record was captured with) is stored first, so the first save is version 2.
   */
  append(settings: EntitySettings, savedAt: string, savedBy: string): Promise<SettingsVersion>;
  /**
   * How many times this process has heard that a version may have been saved elsewhere: each announcement of
   * another process on PostgreSQL, and each resync after a lost announcement connection. A reader that sees
   * the count change reads again. Always 0 on SQLite (one process: the saver knows its save).
   */
  announcementsHeard(): number;
}
