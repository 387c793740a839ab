import { settingsVersionSchema, type SettingsVersion } from '../../core/settings/settings-version';
import type { CabildoDatabase } from './database';

/** The entity settings last read from the server, so a door with no signal still lists its territories. */
const KEY = 'settings.current';

export async function readCachedSettings(db: CabildoDatabase): Promise<SettingsVersion | undefined> {
  const entry = await db.meta.get(KEY);
  // A cache written by an older build with another shape is ignored, never trusted.
  const parsed = entry === undefined ? undefined : settingsVersionSchema.safeParse(entry.value);
  return parsed?.success ? parsed.data : undefined;
}

/** Keeps the newer of what is cached and `version` (two tabs may race). */
export async function cacheSettings(db: CabildoDatabase, version: SettingsVersion): Promise<void> {
  await db.transaction('rw', db.meta, async () => {
    const cached = await readCachedSettings(db);
    if (cached === undefined || cached.version <= version.version) await db.meta.put({ key: KEY, value: version });
  });
}
