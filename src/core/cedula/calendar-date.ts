/** Date checks without Date: the core reads no clock and must not depend on the host's time zone. */
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const OLDEST_PLAUSIBLE_YEAR = 1900;
const LATEST_PLAUSIBLE_YEAR = 2100;

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** A real calendar day in a plausible range for a living person's birth, and not after `today`. */
export function isPlausibleBirthDate(isoDate: string, today?: string): boolean {
  const match = ISO_DATE.exec(isoDate);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (year < OLDEST_PLAUSIBLE_YEAR || year > LATEST_PLAUSIBLE_YEAR) return false;
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return false;
  // ISO dates compare correctly as text; a malformed `today` is ignored rather than trusted.
  return today === undefined || !ISO_DATE.test(today) || isoDate <= today;
}
