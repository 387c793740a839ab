/** Dashboard period helpers light enough for the startup bundle (no date parser: see period-params.ts). */
import { bogotaToday } from '../../../core/time/instant';

const DAY = /^\d{4}-\d{2}-\d{2}$/;

export interface DatePeriod {
  from: string;
  to: string;
}

// Today's date on Colombia's clock: the server's periods are whole days there.
export { bogotaToday };

/** The calendar year of `today`: the default period of the dashboard. */
export const yearOf = (today: string): DatePeriod => ({ from: `${today.slice(0, 4)}-01-01`, to: `${today.slice(0, 4)}-12-31` });

/**
 * The period worth requesting before the dashboard's code has loaded: the year when the address names
 * none, the address's dates when both look like dates; otherwise none (the screen decides and asks).
 */
export function periodToPrefetch(search: string, today: string): DatePeriod | undefined {
  const query = new URLSearchParams(search);
  const from = query.get('desde');
  const to = query.get('hasta');
  if (from === null && to === null) return yearOf(today);
  return from !== null && to !== null && DAY.test(from) && DAY.test(to) && from <= to ? { from, to } : undefined;
}
