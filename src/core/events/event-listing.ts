import type { EventStatus } from './event';

/**
 * Devices download the attendee and check-in lists of every event that is not closed: planned events too,
 * because the door team loads the list before it goes to a venue without signal (as pretixSCAN does).
 */
const isListed = (status: EventStatus): boolean => status !== 'closed';

/**
 * The change-sequence number at which an event's lists (re)start for devices: set when it enters a listed
 * status, kept while it stays listed, cleared when it closes. A pull whose cursor is older than this sends
 * the whole lists again, so reopening an event never leaves a gap.
 */
export function listedSeqAfter(
  previous: { status: EventStatus; listedSeq: number | null } | undefined,
  nextStatus: EventStatus,
  seq: number,
): number | null {
  if (!isListed(nextStatus)) return null;
  if (previous && isListed(previous.status) && previous.listedSeq !== null) return previous.listedSeq;
  return seq;
}
