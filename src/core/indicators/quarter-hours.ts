/**
 * Arrivals per quarter hour on the event's wall clock. The offset is passed in (Colombia: −300 min,
 * no daylight saving) so the core needs no time-zone database and stays pure.
 */
export const QUARTER_HOUR_MS = 15 * 60_000;
export const BOGOTA_OFFSET_MINUTES = -300;

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const isLeap = (year: number) => year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
const daysIn = (year: number, month: number): number => (month === 2 && isLeap(year) ? 29 : DAYS_IN_MONTH[month - 1]!);

/** Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's days_from_civil). */
function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  return era * 146_097 + yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy - 719_468;
}

const ZERO = 48;
const COLON = 58;

/** Two decimal digits at i as a number, NaN if either is not a digit. */
function twoDigits(text: string, i: number): number {
  const a = text.charCodeAt(i) - ZERO;
  const b = text.charCodeAt(i + 1) - ZERO;
  return a >= 0 && a <= 9 && b >= 0 && b <= 9 ? a * 10 + b : NaN;
}

/**
 * Epoch milliseconds of "YYYY-MM-DDTHH:MM[:SS[.fff…]]" followed by Z or ±HH:MM, or undefined for
 * anything else. Hand-written rather than Date.parse, which also accepts "May 1 2024", local times,
 * 30 February and 24:00, and rather than a regex, several times slower on 100,000 rows.
 */
export function parseInstant(iso: string): number | undefined {
  const n = iso.length;
  if (n < 17 || iso.charCodeAt(4) !== 45 || iso.charCodeAt(7) !== 45 || iso.charCodeAt(10) !== 84 || iso.charCodeAt(13) !== COLON) {
    return undefined;
  }
  const year = twoDigits(iso, 0) * 100 + twoDigits(iso, 2);
  const month = twoDigits(iso, 5);
  const day = twoDigits(iso, 8);
  const hour = twoDigits(iso, 11);
  const minute = twoDigits(iso, 14);
  let i = 16;
  let second = 0;
  let millis = 0;
  if (iso.charCodeAt(i) === COLON) {
    second = twoDigits(iso, i + 1);
    i += 3;
    if (iso.charCodeAt(i) === 46) {
      const from = ++i;
      let d = iso.charCodeAt(i) - ZERO;
      while (d >= 0 && d <= 9) {
        if (i - from < 3) millis = millis * 10 + d;
        d = iso.charCodeAt(++i) - ZERO;
      }
      const digits = i - from;
      if (digits === 0 || digits > 9) return undefined;
      for (let k = digits; k < 3; k++) millis *= 10;
    }
  }
  let offset = 0;
  const zone = iso.charCodeAt(i);
  if (zone === 90 && i + 1 === n) offset = 0;
  else if ((zone === 43 || zone === 45) && n === i + 6 && iso.charCodeAt(i + 3) === COLON) {
    const hours = twoDigits(iso, i + 1);
    const minutes = twoDigits(iso, i + 4);
    if (!(hours <= 23 && minutes <= 59)) return undefined;
    offset = (zone === 45 ? -1 : 1) * (hours * 60 + minutes);
  } else return undefined;
  // NaN fails every comparison, so a non-digit anywhere ends here.
  if (!(month >= 1 && month <= 12 && day >= 1 && day <= daysIn(year, month))) return undefined;
  if (!(year >= 0 && hour <= 23 && minute <= 59 && second <= 59)) return undefined;
  return ((daysFromCivil(year, month, day) * 24 + hour) * 60 + minute - offset) * 60_000 + second * 1000 + millis;
}

/** True for a real calendar date written YYYY-MM-DD. */
export function isCalendarDate(text: string): boolean {
  return parseInstant(`${text}T00:00Z`) !== undefined;
}

/** Wall-clock start of the quarter hour, as milliseconds of a "local epoch" (UTC fields = local fields). */
export function quarterHourKey(utcMs: number, offsetMinutes: number): number {
  const local = utcMs + offsetMinutes * 60_000;
  return Math.floor(local / QUARTER_HOUR_MS) * QUARTER_HOUR_MS;
}

export function offsetText(offsetMinutes: number): string {
  const sign = offsetMinutes < 0 ? '-' : '+';
  const abs = Math.abs(offsetMinutes);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

export interface ArrivalBucket {
  /** Local start with its offset, e.g. "2024-05-01T23:45-05:00"; the bucket covers 15 minutes. */
  start: string;
  count: number;
}

export function bucketStart(key: number, offsetMinutes: number): string {
  return `${new Date(key).toISOString().slice(0, 16)}${offsetText(offsetMinutes)}`;
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
  const startMs = Date.parse(`${first.start.slice(0, 16)}:00Z`);
  const span = (Date.parse(`${last.start.slice(0, 16)}:00Z`) - startMs) / QUARTER_HOUR_MS + 1;
  if (span > maxBuckets) return buckets;
  const byStart = new Map(buckets.map((b) => [b.start, b.count]));
  return Array.from({ length: span }, (_, i) => {
    const start = `${new Date(startMs + i * QUARTER_HOUR_MS).toISOString().slice(0, 16)}${offset}`;
    return { start, count: byStart.get(start) ?? 0 };
  });
}
