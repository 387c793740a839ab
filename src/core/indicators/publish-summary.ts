import { DIMENSIONS, type Dimension } from './dimensions';
import type { AttendanceSummary } from './event-attendance';
import { publishBreakdown, type PublicationPolicy, type PublishedBreakdown } from './publish-breakdown';

export interface PublishedAttendance extends Omit<AttendanceSummary, 'breakdowns'> {
  breakdowns: Record<Dimension, PublishedBreakdown>;
}

/**
 * The attendance of one event (or one period) as it may be shown outside the planning office.
 * Publish sensitive breakdowns at ONE level only: suppressing an event table and, separately, the sum
 * of its period lets a reader subtract the other events' cells from the period cell.
 */
export function publishAttendance<T extends AttendanceSummary>(
  summary: T,
  policy: PublicationPolicy = {},
): Omit<T, 'breakdowns'> & PublishedAttendance {
  const breakdowns = {} as Record<Dimension, PublishedBreakdown>;
  for (const d of DIMENSIONS) breakdowns[d] = publishBreakdown(summary.breakdowns[d], policy);
  return { ...summary, breakdowns };
}
