import type { Period } from '../../core/indicators/period-report';
import { problem } from '../../core/problems/problem';
import { fail, ok, type Result } from '../../core/result';
import { BOGOTA_OFFSET_MINUTES, dateOfDay, dayNumber, offsetText } from '../../core/time';

/** A report period as people say it: whole days, both included, on Colombia's clock. */
export interface DatePeriod {
  from: string;
  to: string;
  /** The same days as the core's half-open [from, to) instants. */
  instants: Period;
}

/** ?from=YYYY-MM-DD&to=YYYY-MM-DD, `to` included (from=2026-01-01&to=2026-12-31 is the year 2026). */
export function readPeriodQuery(query: Record<string, string>, offsetMinutes = BOGOTA_OFFSET_MINUTES): Result<DatePeriod> {
  const { from, to } = query;
  const first = from === undefined ? undefined : dayNumber(from);
  const last = to === undefined ? undefined : dayNumber(to);
  if (first === undefined || last === undefined || first > last) {
    return fail(problem('report.period_dates_invalid', { from: from ?? null, to: to ?? null }));
  }
  const offset = offsetText(offsetMinutes);
  return ok({
    from: from!,
    to: to!,
    instants: { from: `${from}T00:00:00${offset}`, to: `${dateOfDay(last + 1)}T00:00:00${offset}` },
  });
}
