import { describe, expect, it } from 'vitest';
import type { StoreContext } from '../support/store-context';

export function openContract(ctx: StoreContext): void {
  describe('opening', () => {
    // Skipped on SQLite, by design: one process per SQLite file.
    it.runIf(ctx.adapter.sharedByProcesses)('lets several processes open an empty database at once: it is migrated and seeded once', async () => {
      const database = await ctx.adapter.create();
      try {
        const opened = await Promise.all(Array.from({ length: 4 }, () => database.open()));
        try {
          for (const stores of opened) expect(stores.forms.versionsOf('escuchadero')).toEqual([1, 2, 3]);
          await opened[0]!.sync.writeBatch([], '2026-11-21T15:00:00.000Z');
          await Promise.all(opened.map((stores) => stores.ping()));
        } finally {
          await Promise.all(opened.map((stores) => stores.close()));
        }
      } finally {
        await database.dispose();
      }
    });
  });
}
