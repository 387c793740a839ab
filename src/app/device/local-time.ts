const pad = (n: number): string => String(n).padStart(2, '0');

/**
 * ISO 8601 in the device's own time zone with its offset ("2026-11-21T10:00:00.000-05:00"):
 * the record says what time it was in the room, and the instant stays exact.
 */
export function localIsoString(date: Date): string {
  const offsetMinutes = -date.getTimezoneOffset();
  const shifted = new Date(date.getTime() + offsetMinutes * 60_000).toISOString().slice(0, -1);
  const sign = offsetMinutes < 0 ? '-' : '+';
  const abs = Math.abs(offsetMinutes);
  return `${shifted}${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}
