import type { ChangeHeads, EventHead, PullPlan } from '../store/pull-store';
import type { PullCursor } from './pull-cursor';

/**
 * What a pull sends, per event: the document if it changed since the cursor; the lists (only while the
 * event is listed) from the cursor on, or whole when the device never had them: first pull, an event new
 * to its filter, or an event that became listed again (reopened) since the cursor.
 */
export function planPull(cursor: PullCursor | undefined, events: readonly EventHead[]): PullPlan {
  const plan: PullPlan = { documents: [], lists: [] };
  for (const event of events) {
    const fresh = cursor === undefined || (cursor.events !== undefined && !cursor.events.includes(event.id));
    if (fresh || event.seq > cursor.eventSeq) plan.documents.push(event.id);
    if (event.listedSeq === null) continue;
    const whole = fresh || event.listedSeq > cursor.eventSeq;
    plan.lists.push({ eventId: event.id, afterRecordSeq: whole ? 0 : cursor.recordSeq });
  }
  return plan;
}

/** A cursor ahead of the database comes from another server or a restored backup: its position means nothing here. */
export const cursorIsAhead = (cursor: PullCursor, heads: ChangeHeads): boolean =>
  cursor.eventSeq > heads.eventSeq || cursor.recordSeq > heads.recordSeq;
