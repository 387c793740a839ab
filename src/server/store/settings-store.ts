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
}
