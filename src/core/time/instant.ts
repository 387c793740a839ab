import { dateOfDay, dayNumber, daysFromCivil, daysInMonth, type CalendarDate } from './civil-date';

/**
 * Instants and Colombia's wall clock. Colombia keeps UTC−5 all year (no daylight saving), so a fixed
 * offset is exact and the core needs no time-zone database. Nothing here reads a clock: "now" is passed in.
 */
export const BOGOTA_OFFSET_MINUTES = -300;
/** For Intl.DateTimeFormat on screens, so every device shows Bogotá's wall clock whatever its own zone. */
export const BOGOTA_TIME_ZONE = 'America/Bogota';

const MINUTE_MS = 60_000;
const DAY_MS = 1440 * MINUTE_MS;
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
  if (!(month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month))) return undefined;
  if (!(year >= 0 && hour <= 23 && minute <= 59 && second <= 59)) return undefined;
  return ((daysFromCivil(year, month, day) * 24 + hour) * 60 + minute - offset) * MINUTE_MS + second * 1000 + millis;
}

/** "-05:00" for −300. */
export function offsetText(offsetMinutes: number): string {
  const sign = offsetMinutes < 0 ? '-' : '+';
  const abs = Math.abs(offsetMinutes);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

/**
 * The wall-clock reading at an offset of an epoch instant, "YYYY-MM-DDTHH:MM:SS.sss" (no zone):
 * slice it for the date (0, 10), the time (11, 16) or a spreadsheet's "date time".
 */
export function wallClockText(epochMs: number, offsetMinutes = BOGOTA_OFFSET_MINUTES): string {
  const local = epochMs + offsetMinutes * MINUTE_MS;
  const day = Math.floor(local / DAY_MS);
  let rest = local - day * DAY_MS;
  const millis = rest % 1000;
  rest = (rest - millis) / 1000;
  const pad = (n: number, width = 2) => String(n).padStart(width, '0');
  return `${dateOfDay(day)}T${pad(Math.floor(rest / 3600))}:${pad(Math.floor(rest / 60) % 60)}:${pad(rest % 60)}.${pad(millis, 3)}`;
}

/** The instant written on Bogotá's clock with its offset ("2026-11-21T10:00:00.000-05:00"): what records carry. */
export const bogotaIsoString = (epochMs: number): string => `${wallClockText(epochMs)}${offsetText(BOGOTA_OFFSET_MINUTES)}`;

/** Today's date in Colombia at the instant `nowMs` (passed in: the core reads no clock). */
export const bogotaToday = (nowMs: number): CalendarDate => wallClockText(nowMs).slice(0, 10);

/**
 * The calendar date in Colombia of a moment: a date ("2026-11-21") passes through; a date-time with
 * offset ("2026-11-21T03:00:00Z") is the date on Bogotá's clock at that instant ("2026-11-20").
 * Undefined for anything else, including values that are not text.
 */
export const bogotaDateOf = (value: unknown): CalendarDate | undefined => dateAtOffset(value, BOGOTA_OFFSET_MINUTES);

/** bogotaDateOf at another offset (exports take the offset as an option). */
export function dateAtOffset(value: unknown, offsetMinutes: number): CalendarDate | undefined {
  if (typeof value !== 'string') return undefined;
  if (dayNumber(value) !== undefined) return value;
  const ms = parseInstant(value);
  return ms === undefined ? undefined : wallClockText(ms, offsetMinutes).slice(0, 10);
}

/** The instant Colombia's day `date` begins, with its offset ("2026-11-21T00:00:00-05:00"). */
export const bogotaMidnight = (date: CalendarDate): string => `${date}T00:00:00${offsetText(BOGOTA_OFFSET_MINUTES)}`;
