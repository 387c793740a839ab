import type { AuthStore } from '../store/auth-store';

export interface RateLimit {
  /** Requests allowed per window. */
  limit: number;
  windowSeconds: number;
}

/**
 * Fixed windows per IP (anonymous callers) or per principal (a device, a staff member). Sized for real use:
 * a phone drains its outbox in 50-record batches, a few requests a second at most; a door's kiosk or a
 * municipal NAT puts many citizens behind one IP.
 */
export const DEFAULT_RATE_LIMITS = {
  setup: { limit: 10, windowSeconds: 60 },
  login: { limit: 30, windowSeconds: 60 },
  enroll: { limit: 30, windowSeconds: 60 },
  /** Per device or staff member pushing / pulling. */
  sync: { limit: 600, windowSeconds: 60 },
  /** Per IP for citizen pushes (signed form links, no credential). */
  citizenSync: { limit: 600, windowSeconds: 60 },
  registration: { limit: 60, windowSeconds: 60 },
  tracking: { limit: 120, windowSeconds: 60 },
  /** Per staff member, every role (consulta included): reports aggregate a whole period, a few a minute is use. */
  report: { limit: 30, windowSeconds: 60 },
  /** Per staff member: file exports (attendance lists, period workbooks, open data) read every row. */
  export: { limit: 10, windowSeconds: 60 },
  /** Per IP for anonymous downloads of open data. */
  openData: { limit: 30, windowSeconds: 60 },
  /** Per IP for the public /rendicion pages: a whole audiencia may read them behind one municipal NAT. */
  publicPage: { limit: 240, windowSeconds: 60 },
} satisfies Record<string, RateLimit>;

export type RateLimitName = keyof typeof DEFAULT_RATE_LIMITS;
export type RateLimits = Record<RateLimitName, RateLimit>;

export type RateVerdict = { ok: true } | { ok: false; retryAfterSeconds: number };

// Windows older than this are deleted, at most once a minute per process.
const KEEP_WINDOWS_MS = 60 * 60 * 1000;

/** Counts hits in the database, so several server processes share one budget per caller. */
export function rateLimiter(store: AuthStore, limits: RateLimits) {
  let lastPrune = 0;
  return async (name: RateLimitName, caller: string, now: Date): Promise<RateVerdict> => {
    const { limit, windowSeconds } = limits[name];
    const windowMs = windowSeconds * 1000;
    const start = Math.floor(now.getTime() / windowMs) * windowMs;
    if (now.getTime() - lastPrune > 60_000) {
      lastPrune = now.getTime();
      await store.pruneWindows(new Date(now.getTime() - KEEP_WINDOWS_MS).toISOString());
    }
    const hits = await store.hit(`${name}:${caller}`, new Date(start).toISOString());
    if (hits <= limit) return { ok: true };
    return { ok: false, retryAfterSeconds: Math.max(1, Math.ceil((start + windowMs - now.getTime()) / 1000)) };
  };
}

export type RateLimiter = ReturnType<typeof rateLimiter>;
