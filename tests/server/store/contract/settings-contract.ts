import pg from 'pg';
import { describe, expect, it, vi } from 'vitest';
import { presets } from '../../../../src/core/settings/presets';
import { LEGACY_SETTINGS_VERSION } from '../../../../src/core/settings/settings-version';
import { RECEIVED_AT, type StoreContext } from '../support/store-context';

export function settingsContract(ctx: StoreContext): void {
  describe('entity settings', () => {
    it('keeps every version: the first save is 2 (after the built-in 1), saves at once take distinct numbers', async () => {
      const store = ctx.stores().settings;
      expect(await store.versions()).toEqual([]);
      expect(await store.latest()).toBeUndefined();

      const first = await store.append(presets.cartagena, RECEIVED_AT, 'admin-1');
      expect(first).toEqual({ version: 2, savedAt: RECEIVED_AT, settings: presets.cartagena });
      const together = await Promise.all([presets.municipio, presets.medellin, presets.cartagena].map((s) => store.append(s, RECEIVED_AT, 'admin-2')));
      expect(together.map((v) => v.version).sort()).toEqual([3, 4, 5]);

      const versions = await store.versions();
      expect(versions.map((v) => v.version)).toEqual([1, 2, 3, 4, 5]);
      expect(versions[0]).toEqual(LEGACY_SETTINGS_VERSION);
      expect(versions[1]!.settings).toEqual(presets.cartagena);
      expect((await store.latest())?.version).toBe(5);
    });

    it.runIf(ctx.adapter.sharedByProcesses)('makes a save heard by the other processes, and a lost listening connection too', async () => {
      const second = await ctx.openAnother();
      const before = second.settings.announcementsHeard();
      await ctx.stores().settings.append(presets.municipio, RECEIVED_AT, 'admin-3');
      await vi.waitFor(() => expect(second.settings.announcementsHeard()).toBeGreaterThan(before), { timeout: 5_000, interval: 20 });

      // Announcements sent while a process was not listening are gone: reconnecting counts as hearing one.
      const heard = second.settings.announcementsHeard();
      const admin = new pg.Client({ connectionString: ctx.url() });
      await admin.connect();
      const { rowCount } = await admin.query(`select pg_terminate_backend(pid) from pg_stat_activity where datname = current_database() and query ilike 'LISTEN%'`);
      await admin.end();
      expect(rowCount).toBeGreaterThanOrEqual(2);
      await vi.waitFor(() => expect(second.settings.announcementsHeard()).toBeGreaterThan(heard), { timeout: 10_000, interval: 50 });
    });

    // SQLite serves one process: the one that saves knows it, and nobody else is there to hear.
    it.runIf(!ctx.adapter.sharedByProcesses)('hears nothing on a database of one process', async () => {
      const store = ctx.stores().settings;
      await store.append(presets.municipio, RECEIVED_AT, 'admin-3');
      expect(store.announcementsHeard()).toBe(0);
    });
  });
}
