import type { EntitySettings } from '../../../core/settings/entity-settings';
import { LEGACY_SETTINGS_VERSION, type SettingsVersion } from '../../../core/settings/settings-version';
import type { SettingsStore } from '../settings-store';
import type { Engine } from './engine';

interface Row {
  version: number;
  saved_at: string;
  document: string;
}

export interface KyselySettingsStore extends SettingsStore {
  /** Counts one announcement (src/server/store/postgres/open-postgres-stores.ts calls it). */
  heardAnnouncement(): void;
}

const versionOf = (row: Row): SettingsVersion => ({ version: Number(row.version), savedAt: row.saved_at, settings: JSON.parse(row.document) as EntitySettings });

/**
 * Settings versions, append-only: a save takes the next number, nothing is ever updated in place. Each save is
 * announced in its transaction (dialect.announce), so the other processes read again as soon as it commits.
 */
export function kyselySettingsStore(engine: Engine): KyselySettingsStore {
  const columns = ['version', 'saved_at', 'document'] as const;
  let heard = 0;
  return {
    versions: async () => (await engine.db().selectFrom('settings_versions').select(columns).orderBy('version').execute()).map(versionOf),
    latest: async () => {
      const row = await engine.db().selectFrom('settings_versions').select(columns).orderBy('version', 'desc').limit(1).executeTakeFirst();
      return row === undefined ? undefined : versionOf(row);
    },
    // Settings are saved rarely; the events lock (held briefly) keeps two saves from taking the same number.
    append: (settings, savedAt, savedBy) =>
      engine.inTransaction(async (tx) => {
        const top = await tx.selectFrom('settings_versions').select('version').orderBy('version', 'desc').limit(1).executeTakeFirst();
        if (top === undefined) {
          await tx
            .insertInto('settings_versions')
            .values({ version: 1, saved_at: LEGACY_SETTINGS_VERSION.savedAt, saved_by: null, document: JSON.stringify(LEGACY_SETTINGS_VERSION.settings) })
            .execute();
        }
        const version = (top === undefined ? 1 : Number(top.version)) + 1;
        await tx.insertInto('settings_versions').values({ version, saved_at: savedAt, saved_by: savedBy, document: JSON.stringify(settings) }).execute();
        await engine.dialect.announce(tx, 'settingsVersion', [version]);
        return { version, savedAt, settings };
      }, 'events'),
    announcementsHeard: () => heard,
    heardAnnouncement: () => {
      heard += 1;
    },
  };
}
