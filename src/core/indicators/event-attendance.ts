import { addAttendance, emptyTally, type AttendanceTally } from './attendance-tally';
import { toBreakdown, type Breakdown, type CategoryOrder } from './breakdown';
import { DIMENSIONS, isMultiDimension, type Dimension } from './dimensions';
import type { AttendanceFacts } from './facts';
import { arrivalBuckets, type ArrivalBucket } from './quarter-hours';
import { BOGOTA_OFFSET_MINUTES } from '../time';

/**
 * Counting rules (the same for one event and for a period):
 * - total = people admitted = rows minus offline duplicates; total = consented + anonymous.
 * - anonymous (no consent) rows count in total and arrivals but in no breakdown: we may not process
 *   anything about them. Each breakdown's base is `consented`, and for single-valued variables its
 *   cells, "sin respuesta" included, add up to that base.
 * - offline duplicates (same person admitted by two devices) count only in duplicatesOfflineAdmitted.
 */
export interface AttendanceSummary {
  total: number;
  consented: number;
  anonymous: number;
  duplicatesOfflineAdmitted: number;
  /** Rows whose check-in time could not be read: in total, in no arrival bucket. */
  unreadableCheckIns: number;
  breakdowns: Record<Dimension, Breakdown>;
}

export interface EventAttendance extends AttendanceSummary {
  eventId: string;
  arrivals: ArrivalBucket[];
}

export interface AttendanceOptions {
  /** Minutes east of UTC of the event's wall clock; Colombia is −300 all year. */
  offsetMinutes?: number;
  categories?: CategoryOrder;
}

export function summariseTally(tally: AttendanceTally, categories: CategoryOrder = {}): AttendanceSummary {
  const breakdowns = {} as Record<Dimension, Breakdown>;
  for (const d of DIMENSIONS) {
    const counts = isMultiDimension(d) ? tally.multi[d] : tally.single[d];
    breakdowns[d] = toBreakdown(d, isMultiDimension(d), tally.consented, counts, categories[d]);
  }
  return {
    total: tally.total,
    consented: tally.consented,
    anonymous: tally.anonymous,
    duplicatesOfflineAdmitted: tally.duplicatesOfflineAdmitted,
    unreadableCheckIns: tally.unreadableCheckIns,
    breakdowns,
  };
}

/** One pass over the rows; the tallies are also what period reports merge. */
export function tallyByEvent(rows: Iterable<AttendanceFacts>, offsetMinutes: number): Map<string, AttendanceTally> {
  const tallies = new Map<string, AttendanceTally>();
  for (const row of rows) {
    let tally = tallies.get(row.eventId);
    if (tally === undefined) tallies.set(row.eventId, (tally = emptyTally()));
    addAttendance(tally, row, offsetMinutes);
  }
  return tallies;
}

export function aggregateAttendanceByEvent(
  rows: Iterable<AttendanceFacts>,
  options: AttendanceOptions = {},
): Map<string, EventAttendance> {
  const offset = options.offsetMinutes ?? BOGOTA_OFFSET_MINUTES;
  const result = new Map<string, EventAttendance>();
  for (const [eventId, tally] of tallyByEvent(rows, offset)) {
    result.set(eventId, eventAttendance(eventId, tally, offset, options.categories));
  }
  return result;
}

/** The attendance of one event; rows of other events are ignored. An event nobody attended gives zeros. */
export function aggregateEventAttendance(
  eventId: string,
  rows: Iterable<AttendanceFacts>,
  options: AttendanceOptions = {},
): EventAttendance {
  const offset = options.offsetMinutes ?? BOGOTA_OFFSET_MINUTES;
  const tally = emptyTally();
  for (const row of rows) if (row.eventId === eventId) addAttendance(tally, row, offset);
  return eventAttendance(eventId, tally, offset, options.categories);
}

function eventAttendance(
  eventId: string,
  tally: AttendanceTally,
  offset: number,
  categories: CategoryOrder | undefined,
): EventAttendance {
  return { eventId, ...summariseTally(tally, categories), arrivals: arrivalBuckets(tally.arrivals, offset) };
}
