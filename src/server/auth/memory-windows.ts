/** Callers remembered at most per process (a few MB); past this, ended windows go first, then the oldest. */
const MAX_BUCKETS = 50_000;

export interface MemoryWindows {
  /** Counts one hit of `bucket` in the fixed window [start, start + windowMs) and answers its hits so far. */
  hit(bucket: string, start: number, windowMs: number, now: number): number;
  /** Forgets the windows that ended by `now`. */
  prune(now: number): void;
  /** Buckets held now. */
  size(): number;
}

/**
 * Fixed-window hit counters in this process's memory, for limits that must not cost a database write per
 * request (src/server/auth/rate-limits.ts). Bounded: when full, ended windows are dropped and, if every one is
 * still running (a flood of distinct callers), the oldest tenth: a caller forgotten gets a fresh budget, nobody
 * is refused for another's hits.
 */
export function memoryWindows(maxBuckets = MAX_BUCKETS): MemoryWindows {
  // Map order is insertion order; a bucket is re-inserted when its window changes, so the oldest come first.
  const windows = new Map<string, { endsAt: number; hits: number }>();
  const prune = (now: number) => {
    for (const [bucket, window] of windows) if (window.endsAt <= now) windows.delete(bucket);
  };
  const makeRoom = (now: number) => {
    prune(now);
    let excess = windows.size - Math.floor(maxBuckets * 0.9);
    for (const bucket of windows.keys()) {
      if (excess-- <= 0) break;
      windows.delete(bucket);
    }
  };
  return {
    hit: (bucket, start, windowMs, now) => {
      const endsAt = start + windowMs;
      const current = windows.get(bucket);
      if (current?.endsAt === endsAt) {
        current.hits += 1;
        return current.hits;
      }
      windows.delete(bucket);
      if (windows.size >= maxBuckets) makeRoom(now);
      windows.set(bucket, { endsAt, hits: 1 });
      return 1;
    },
    prune,
    size: () => windows.size,
  };
}
