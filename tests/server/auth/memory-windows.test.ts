import { describe, expect, it } from 'vitest';
import { memoryWindows } from '../../../src/server/auth/memory-windows';
import { rateLimiter, type RateLimits } from '../../../src/server/auth/rate-limits';
import { DEFAULT_RATE_LIMITS } from '../../../src/server/auth/rate-limits';
import type { AuthStore } from '../../../src/server/store/auth-store';

const MINUTE = 60_000;

describe('rate-limit windows in process memory', () => {
  it('counts hits per bucket within a window and starts again in the next', () => {
    const windows = memoryWindows();
    expect(windows.hit('a', 0, MINUTE, 10)).toBe(1);
    expect(windows.hit('a', 0, MINUTE, 20)).toBe(2);
    expect(windows.hit('b', 0, MINUTE, 30)).toBe(1);
    expect(windows.hit('a', MINUTE, MINUTE, MINUTE + 1)).toBe(1);
  });

  it('forgets ended windows when pruned', () => {
    const windows = memoryWindows();
    windows.hit('old', 0, MINUTE, 10);
    windows.hit('new', MINUTE, MINUTE, MINUTE + 10);
    windows.prune(MINUTE + 20);
    expect(windows.size()).toBe(1);
    expect(windows.hit('new', MINUTE, MINUTE, MINUTE + 30)).toBe(2);
  });

  it('stays within its bound: full, it drops ended windows first, then the oldest running ones', () => {
    const windows = memoryWindows(100);
    for (let i = 0; i < 100; i++) windows.hit(`ended-${i}`, 0, MINUTE, 10);
    windows.hit('late', MINUTE, MINUTE, MINUTE + 10);
    // Every ended window made room at once.
    expect(windows.size()).toBe(1);
    for (let i = 0; i < 200; i++) windows.hit(`caller-${i}`, MINUTE, MINUTE, MINUTE + 20);
    expect(windows.size()).toBeLessThanOrEqual(100);
    // The newest callers are still counted; the first ones were forgotten (a fresh budget, never a wrong refusal).
    expect(windows.hit('caller-199', MINUTE, MINUTE, MINUTE + 30)).toBe(2);
    expect(windows.hit('late', MINUTE, MINUTE, MINUTE + 30)).toBe(1);
  });
});

describe('rate limiter: which limits write', () => {
  const written: string[] = [];
  const store = {
    hit: async (bucket: string) => {
      written.push(bucket);
      return 1;
    },
    pruneWindows: async () => {},
  } as unknown as AuthStore;
  const limits: RateLimits = { ...DEFAULT_RATE_LIMITS, publicPage: { limit: 4, windowSeconds: 60 }, openData: { limit: 4, windowSeconds: 60 } };
  const at = new Date('2026-11-21T15:00:10Z');

  it('counts public pages and open data in memory, each of N processes allowing its share, and the rest in the database', async () => {
    const limit = rateLimiter(store, limits, 2);
    expect(await limit('publicPage', 'ip:1', at)).toEqual({ ok: true });
    expect(await limit('publicPage', 'ip:1', at)).toEqual({ ok: true });
    expect(await limit('publicPage', 'ip:1', at)).toEqual({ ok: false, retryAfterSeconds: 50 });
    expect(await limit('openData', 'ip:1', at)).toEqual({ ok: true });
    expect(await limit('login', 'ip:1', at)).toEqual({ ok: true });
    expect(await limit('tracking', 'ip:1', at)).toEqual({ ok: true });
    expect(written).toEqual(['login:ip:1', 'tracking:ip:1']);
  });
});
