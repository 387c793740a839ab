/**
 * Calendar dates ("2026-11-23") as day numbers, with the civil-calendar arithmetic written out
 * (H. Hinnant's days_from_civil), so deadlines never depend on the machine's clock or time zone.
 */
export type CalendarDate = string;

/** Colombia keeps UTC−5 all year (no daylight saving). */
export const COLOMBIA_OFFSET_MINUTES = -300;

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATE_TIME = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})(?::\d{2}(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/;

const daysInMonth = (y: number, m: number) =>
  m === 2 ? (y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0) ? 29 : 28) : [4, 6, 9, 11].includes(m) ? 30 : 31;

/** Days since 1970-01-01, or undefined for text that is not a real date. */
export function dayNumber(date: CalendarDate): number | undefined {
  const match = DATE.exec(date);
  if (!match) return undefined;
  const [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m)) return undefined;
  const year = m <= 2 ? y - 1 : y;
  const era = Math.floor(year / 400);
  const yoe = year - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

export function dateOfDay(day: number): CalendarDate {
  const z = day + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  const y = yoe + era * 400 + (m <= 2 ? 1 : 0);
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** 0 = Sunday … 6 = Saturday (1970-01-01 was a Thursday). */
export const weekday = (day: number): number => (((day + 4) % 7) + 7) % 7;

/**
 * The local calendar date of a moment: a date passes through; a date-time with offset
 * ("2026-11-21T22:30:00Z") is moved to the given offset (Colombia by default) first.
 */
export function localDateOf(value: string, offsetMinutes = COLOMBIA_OFFSET_MINUTES): CalendarDate | undefined {
  if (dayNumber(value) !== undefined) return value;
  const match = DATE_TIME.exec(value);
  const day = match ? dayNumber(match[1]!) : undefined;
  if (!match || day === undefined) return undefined;
  const [hours, minutes, zone] = [Number(match[2]), Number(match[3]), match[4]!];
  if (hours > 23 || minutes > 59) return undefined;
  const written = zone === 'Z' ? 0 : (zone.startsWith('-') ? -1 : 1) * (Number(zone.slice(1, 3)) * 60 + Number(zone.slice(-2)));
  const local = day * 1440 + hours * 60 + minutes - written + offsetMinutes;
  return dateOfDay(Math.floor(local / 1440));
}
