import { describe, expect, it } from 'vitest';
import { defaultCatalogues } from '../../../src/core/catalogues';
import { presets } from '../../../src/core/settings/presets';
import { LEGACY_SETTINGS_VERSION, type SettingsVersion } from '../../../src/core/settings/settings-version';
import { liveSettings, RECHECK_AFTER_MS } from '../../../src/server/settings/live-settings';
import type { SettingsStore } from '../../../src/server/store/settings-store';

/** A store another process writes to: `saveElsewhere` adds a version without this process being told. */
function sharedStore() {
  const versions: SettingsVersion[] = [];
  let heard = 0;
  let reads = 0;
  const store: Pick<SettingsStore, 'versions' | 'latest' | 'announcementsHeard'> = {
    versions: async () => [...versions],
    latest: async () => {
      reads += 1;
      return versions[versions.length - 1];
    },
    announcementsHeard: () => heard,
  };
  return {
    store,
    reads: () => reads,
    saveElsewhere: (announced: boolean) => {
      if (versions.length === 0) versions.push(LEGACY_SETTINGS_VERSION);
      versions.push({ version: versions.length + 1, savedAt: '2026-12-01T00:00:00.000Z', settings: presets.cartagena });
      if (announced) heard += 1;
    },
  };
}

describe('live settings', () => {
  it('reads again as soon as a save elsewhere is announced, without waiting for the re-check', async () => {
    const clock = { now: 0 };
    const shared = sharedStore();
    const live = liveSettings(shared.store, defaultCatalogues, () => clock.now);
    await live.refresh();
    expect(live.current().version).toBe(1);

    clock.now = 1_000;
    shared.saveElsewhere(true);
    await live.refresh();
    expect(live.current().version).toBe(2);
    expect(live.catalogues.territories.entries.map((e) => e.code)).toContain('L1');
  });

  it('without an announcement, trusts its copy until the re-check is due, then reads', async () => {
    const clock = { now: 0 };
    const shared = sharedStore();
    const live = liveSettings(shared.store, defaultCatalogues, () => clock.now);
    await live.refresh();
    shared.saveElsewhere(false);
    clock.now = RECHECK_AFTER_MS - 1;
    await live.refresh();
    expect(live.current().version).toBe(1);
    expect(shared.reads()).toBe(1);
    clock.now = RECHECK_AFTER_MS;
    await live.refresh();
    expect(live.current().version).toBe(2);
  });

  it('lets a request that arrives while a read is running wait for that read', async () => {
    const shared = sharedStore();
    const live = liveSettings(shared.store, defaultCatalogues, () => 0);
    shared.saveElsewhere(true);
    const first = live.refresh();
    const second = live.refresh();
    await second;
    expect(live.current().version).toBe(2);
    await first;
    expect(shared.reads()).toBe(1);
  });
});
