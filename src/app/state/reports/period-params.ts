import { yearOf, type DatePeriod } from './period-default';
import { isCalendarDate } from '../../../core/time';

export { bogotaToday, yearOf, type DatePeriod } from './period-default';

/**
 * "?desde=2026-01-01&hasta=2026-06-30" → the period, both days included. Missing dates fall back to
 * the current year; invalid ones (or desde after hasta) give `invalid` so the screen can say so.
 */
export function readPeriod(search: string, today: string): { period: DatePeriod; invalid: boolean } {
  const query = new URLSearchParams(search);
  const year = yearOf(today);
  const from = query.get('desde') ?? year.from;
  const to = query.get('hasta') ?? year.to;
  if (!isCalendarDate(from) || !isCalendarDate(to) || from > to) return { period: year, invalid: true };
  return { period: { from, to }, invalid: false };
}

export const periodSearch = (period: DatePeriod) => `?desde=${period.from}&hasta=${period.to}`;
