import { offsetText, parseInstant, wallClockText } from '../time';

/**
 * Arrivals per quarter hour on the event's wall clock. The offset is passed in (Colombia: −300 min,
 * no daylight saving) so the core needs no time-zone database and stays pure.
 */
export const QUARTER_HOUR_MS = 15 * 60_000;

/** Wall-clock start of the quarter hour, as milliseconds of a "local epoch" (UTC fields = local fields). */
export function quarterHourKey(utcMs: number, offsetMinutes: number): number {
  const local = utcMs + offsetMinutes * 60_000;
  return Math.floor(local / QUARTER_HOUR_MS) * QUARTER_HOUR_MS;
}

export interface ArrivalBucket {
  /** Local start with its offset, e.g. "2024-05-01T23:45-05:00"; the bucket covers 15 minutes. */
  start: string;
  count: number;
}

export function bucketStart(key: number, offsetMinutes: number): string {
  return `${wallClockText(key, 0).slice(0, 16)}${offsetText(offsetMinutes)}`;
}

export function arrivalBuckets(counts: ReadonlyMap<number, number>, offsetMinutes: number): ArrivalBucket[] {
  return [...counts.keys()]
    .sort((a, b) => a - b)
    .map((key) => ({ start: bucketStart(key, offsetMinutes), count: counts.get(key)! }));
}

/**
 * The same buckets with the empty quarter hours in between, for charts. Refuses (returns the input)
 * when the span exceeds `maxBuckets`, so one mistyped date cannot produce a year of empty bars.
 */
export function withEmptyBuckets(buckets: readonly ArrivalBucket[], maxBuckets = 96): readonly ArrivalBucket[] {
  const first = buckets[0];
  const last = buckets[buckets.length - 1];
  if (first === undefined || last === undefined) return buckets;
  const offset = first.start.slice(16);
  // The local fields read as if they were UTC: a "local epoch", as in quarterHourKey.
  const localEpoch = (start: string) => parseInstant(`${start.slice(0, 16)}Z`);
  const startMs = localEpoch(first.start);
  const lastMs = localEpoch(last.start);
  if (startMs === undefined || lastMs === undefined) return buckets;
  const span = (lastMs - startMs) / QUARTER_HOUR_MS + 1;
  if (span > maxBuckets) return buckets;
  const byStart = new Map(buckets.map((b) => [b.start, b.count]));
  return Array.from({ length: span }, (_, i) => {
    const start = `${wallClockText(startMs + i * QUARTER_HOUR_MS, 0).slice(0, 16)}${offset}`;
    return { start, count: byStart.get(start) ?? 0 };
  });
}
