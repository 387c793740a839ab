import type { AuthStore } from '../store/auth-store';
import { memoryWindows } from './memory-windows';

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
  /**
   * Per IP for the public /rendicion pages and anonymous reads of an event's public fields: a whole audiencia
   * may read them behind one municipal NAT.
   */
  publicPage: { limit: 240, windowSeconds: 60 },
} satisfies Record<string, RateLimit>;

export type RateLimitName = keyof typeof DEFAULT_RATE_LIMITS;

/**
 * Counted in this process's memory, not in the database: reads of the public pages and of open data are most
 * of the anonymous traffic, and a write each would queue them with the devices' syncs (SQLite has one writer).
 * Exact on SQLite (one process). With several processes each counts its own share: under WORKERS=N every process
 * allows limit / N (node:cluster deals connections in turn); separate processes behind a balancer allow the
 * whole limit each. A restart forgets them: a minute of reads, nothing that guards a secret or a write.
 * Everything else (sign-in, setup, enrollment, sync, tracking codes, reports, exports) stays in the database.
 */
export const COUNTED_IN_MEMORY: ReadonlySet<RateLimitName> = new Set<RateLimitName>(['openData', 'publicPage']);
export type RateLimits = Record<RateLimitName, RateLimit>;

export type RateVerdict = { ok: true } | { ok: false; retryAfterSeconds: number };

// Windows older than this are deleted, at most once a minute per process.
const KEEP_WINDOWS_MS = 60 * 60 * 1000;

/**
 * Counts hits in the database, so several server processes share one budget per caller; the limits of
 * COUNTED_IN_MEMORY in this process, each allowing its share of `processes` (the WORKERS sharing the callers).
 */
export function rateLimiter(store: AuthStore, limits: RateLimits, processes = 1) {
  let lastPrune = 0;
  const inMemory = memoryWindows();
  return async (name: RateLimitName, caller: string, now: Date): Promise<RateVerdict> => {
    const { limit, windowSeconds } = limits[name];
    const windowMs = windowSeconds * 1000;
    const start = Math.floor(now.getTime() / windowMs) * windowMs;
    if (now.getTime() - lastPrune > 60_000) {
      lastPrune = now.getTime();
      inMemory.prune(now.getTime());
      await store.pruneWindows(new Date(now.getTime() - KEEP_WINDOWS_MS).toISOString());
    }
    const bucket = `${name}:${caller}`;
    const counted = COUNTED_IN_MEMORY.has(name);
    const hits = counted ? inMemory.hit(bucket, start, windowMs, now.getTime()) : await store.hit(bucket, new Date(start).toISOString());
    if (hits <= (counted ? Math.ceil(limit / processes) : limit)) return { ok: true };
    return { ok: false, retryAfterSeconds: Math.max(1, Math.ceil((start + windowMs - now.getTime()) / 1000)) };
  };
}

export type RateLimiter = ReturnType<typeof rateLimiter>;
