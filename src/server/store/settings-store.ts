import type { EntitySettings } from '../../core/settings/entity-settings';
import { LEGACY_SETTINGS_VERSION, type SettingsVersion } from '../../core/settings/settings-version';
import type { StoreDatabase } from './schema';
import type { Engine } from './kysely/engine';

type Row = Pick<StoreDatabase['settings_versions'], 'version' | 'savedAt' | 'document'>;

const versionOf = ({ document, ...row }: Row): SettingsVersion => ({ ...row, settings: JSON.parse(document) as EntitySettings });

/**
 * Settings versions, append-only: a save takes the next number, nothing is ever updated in place. Each save is
 * announced in its transaction (dialect.announce), so the other processes read again as soon as it commits.
 */
export function settingsStore(engine: Engine) {
  const columns = ['version', 'savedAt', 'document'] as const;
  let heard = 0;
  return {
    /** Every stored version, oldest first (empty before the first save). */
    versions: async (): Promise<SettingsVersion[]> => (await engine.db().selectFrom('settings_versions').select(columns).orderBy('version').execute()).map(versionOf),
    /** The newest stored version, if any. */
    latest: async (): Promise<SettingsVersion | undefined> => {
      const row = await engine.db().selectFrom('settings_versions').select(columns).orderBy('version', 'desc').limit(1).executeTakeFirst();
      return row === undefined ? undefined : versionOf(row);
    },
    /**
     * Stores `settings` as the next version. On an empty table the built-in version 1 (Medellín, what every older
     * record was captured with) is stored first, so the first save is version 2. Settings are saved rarely; the
     * events lock (held briefly) keeps two saves from taking the same number.
     */
    append: (settings: EntitySettings, savedAt: string, savedBy: string): Promise<SettingsVersion> =>
      engine.inTransaction(async (tx) => {
        const top = await tx.selectFrom('settings_versions').select('version').orderBy('version', 'desc').limit(1).executeTakeFirst();
        if (top === undefined) {
          await tx
            .insertInto('settings_versions')
            .values({ version: 1, savedAt: LEGACY_SETTINGS_VERSION.savedAt, savedBy: null, document: JSON.stringify(LEGACY_SETTINGS_VERSION.settings) })
            .execute();
        }
        const version = (top?.version ?? 1) + 1;
        await tx.insertInto('settings_versions').values({ version, savedAt, savedBy, document: JSON.stringify(settings) }).execute();
        await engine.dialect.announce(tx, 'settingsVersion', [version]);
        return { version, savedAt, settings };
      }, 'events'),
    /**
     * How many times this process has heard that a version may have been saved elsewhere: each announcement of
     * another process on PostgreSQL, and each resync after a lost announcement connection. A reader that sees
     * the count change reads again. Always 0 on SQLite (one process: the saver knows its save).
     */
    announcementsHeard: (): number => heard,
    /** Counts one announcement (src/server/store/postgres/open-postgres-stores.ts calls it). */
    heardAnnouncement: (): void => {
      heard += 1;
    },
  };
}

export type SettingsStore = ReturnType<typeof settingsStore>;
