import { describe, expect, it } from 'vitest';
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
  });
}
