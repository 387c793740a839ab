import type { Catalogues } from '../../core/catalogues';
import type { PrivacyNotices } from '../../core/attendance/privacy-notice';
import { followingRegistry, type KindRegistry } from '../../core/records/kind-registry';
import { acceptedCatalogues, acceptedNotices, LEGACY_SETTINGS_VERSION, sortedVersions, type SettingsVersion } from '../../core/settings/settings-version';
import type { SettingsStore } from '../store/settings-store';

/**
 * How long a process trusts what it read when it has heard nothing. Another process's save is heard at once
 * (SettingsStore.announcementsHeard, PostgreSQL NOTIFY); this re-check is the fallback for an announcement
 * connection that died without saying so.
 */
export const RECHECK_AFTER_MS = 10_000;

export interface LiveSettings {
  /** Catalogues whose territories, topics and offices follow the settings (every version's codes are accepted). */
  catalogues: Catalogues;
  /** Every notice version any settings version had: a consent may name any of them. */
  notices(): PrivacyNotices | undefined;
  /** The latest version (the built-in version 1 before any save). */
  current(): SettingsVersion;
  /** Every stored version, oldest first (empty before the first save: then the start catalogues name everything). */
  history(): readonly SettingsVersion[];
  /** A record registry rebuilt whenever the settings change. */
  registry(build: (catalogues: Catalogues, notices: PrivacyNotices | undefined) => KindRegistry): KindRegistry;
  /**
   * Reads the store again if another process announced a save since the last read, if that read is older than
   * RECHECK_AFTER_MS, or if `force`; otherwise waits for a read in flight, which may be bringing a new version.
   */
  refresh(force?: boolean): Promise<void>;
  /** After a save in this process: known at once, without waiting for the next check. */
  saved(version: SettingsVersion): void;
}

/**
 * The entity settings as the running server sees them. Before any save, the catalogues given at start (tests pass
 * their own) are used unchanged; after one, the settings' lists replace territories, topics and offices.
 */
export function liveSettings(store: Pick<SettingsStore, 'versions' | 'latest' | 'announcementsHeard'>, base: Catalogues, now: () => number = Date.now): LiveSettings {
  let versions: SettingsVersion[] = [];
  let merged: Catalogues = base;
  let notices: PrivacyNotices | undefined;
  let checkedAt = -Infinity;
  let heardAtCheck = 0;
  let reading: Promise<void> | undefined;
  let revision = 0;
  const adopt = (next: SettingsVersion[]) => {
    const top = next[next.length - 1]?.version ?? 0;
    if (top === (versions[versions.length - 1]?.version ?? 0) && next.length === versions.length) return;
    versions = next;
    merged = next.length === 0 ? base : acceptedCatalogues(base, next);
    notices = next.length === 0 ? undefined : acceptedNotices(next);
    revision += 1;
  };
  // Usually nothing changed: one row read, and all of them only when another process saved a version.
  const readLatest = async () => {
    const latest = await store.latest();
    if ((latest?.version ?? 0) === (versions[versions.length - 1]?.version ?? 0)) return;
    adopt(await store.versions());
  };
  const read = <K extends keyof Catalogues>(name: K) => () => merged[name];
  const catalogues = Object.defineProperties({} as Catalogues, Object.fromEntries(
    (Object.keys(base) as (keyof Catalogues)[]).map((name) => [name, { get: read(name), enumerable: true }]),
  ));
  return {
    catalogues,
    notices: () => notices,
    current: () => versions[versions.length - 1] ?? LEGACY_SETTINGS_VERSION,
    history: () => versions,
    registry: (build) => {
      let built: { revision: number; registry: KindRegistry } | undefined;
      return followingRegistry(() => {
        if (built?.revision !== revision) built = { revision, registry: build(merged, notices) };
        return built.registry;
      });
    },
    refresh: async (force = false) => {
      const heard = store.announcementsHeard();
      if (!force && heard === heardAtCheck && now() - checkedAt < RECHECK_AFTER_MS) return reading;
      // Taken before reading: an announcement heard while the read runs makes the next refresh read again.
      checkedAt = now();
      heardAtCheck = heard;
      const read = readLatest();
      reading = read;
      try {
        await read;
      } finally {
        if (reading === read) reading = undefined;
      }
    },
    saved: (version) => {
      adopt(sortedVersions([...versions.filter((v) => v.version !== version.version), version]));
    },
  };
}
