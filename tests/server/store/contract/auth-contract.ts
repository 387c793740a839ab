import { describe, expect, it } from 'vitest';
import { uniqueId, type StoreContext } from '../support/store-context';

const AT = '2026-11-21T15:00:00.000Z';

export function authContract(ctx: StoreContext): void {
  describe('auth store', () => {
    it('stores a user once per email', async () => {
      const id = uniqueId('usuario');
      const user = { id, email: `${id}@example.org`, name: 'Ana', role: 'planeacion', passwordHash: 'scrypt$x', disabledAt: null, createdAt: AT } as const;
      expect(await ctx.stores().auth.createUser(user)).toBe(true);
      expect(await ctx.stores().auth.createUser({ ...user, id: uniqueId('otro') })).toBe(false);
      expect(await ctx.stores().auth.userByEmail(user.email)).toMatchObject({ id, role: 'planeacion' });
    });

    it('counts rate-limit hits in the database, so every process sees the same window', async () => {
      const second = await ctx.openAnother();
      const bucket = uniqueId('ip');
      const hits = await Promise.all(Array.from({ length: 10 }, (_, i) => (i % 2 === 0 ? ctx.stores() : second).auth.hit(bucket, AT)));
      expect([...hits].sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    });
  });
}
