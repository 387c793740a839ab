import type { ChangeHeads, EventHead, PullPlan } from '../store/pull-store';
import type { PullCursor } from './pull-cursor';

type ListsPlan = Pick<PullPlan, 'documents' | 'lists'>;

/**
 * What a pull sends, per event: the document if it changed since the cursor; the lists (only while the
 * event is listed) from the cursor on, or whole when the device never had them: first pull, an event new
 * to its filter, or an event that became listed again (reopened) since the cursor.
 */
export function planPull(cursor: Omit<PullCursor, 'run'> | undefined, events: readonly EventHead[]): ListsPlan {
  const plan: ListsPlan = { documents: [], lists: [] };
  for (const event of events) {
    const fresh = cursor === undefined || (cursor.events !== undefined && !cursor.events.includes(event.id));
    if (fresh || event.seq > cursor.eventSeq) plan.documents.push(event.id);
    if (event.listedSeq === null) continue;
    const whole = fresh || event.listedSeq > cursor.eventSeq;
    plan.lists.push({ eventId: event.id, afterRecordSeq: whole ? 0 : cursor.recordSeq });
  }
  return plan;
}

/** A page's plan, and the events the run sends whole for being new to the filter (kept in its cursor). */
export type PagePlan = PullPlan & { fresh: string[] };

/**
 * One page of a pull run. A new run (no cursor, or a cursor whose run finished) is planned as a whole pull
 * up to the snapshot's heads, documents included. A run that continues keeps its target heads and the lower
 * bound of each list (whole or from the cursor, as on its first page) and sends only records past the last
 * one sent, so the pages together equal the unpaged pull. An event (re)listed after the run began is left
 * to the next run, which sends it whole (its listedSeq is past the run's heads); so are documents changed
 * meanwhile.
 */
export function planPage(cursor: PullCursor | undefined, heads: ChangeHeads, events: readonly EventHead[], limit: number): PagePlan {
  const run = cursor?.run;
  if (!cursor || !run) {
    const fresh = cursor?.events ? events.filter((e) => !cursor.events!.includes(e.id)).map((e) => e.id) : [];
    return { ...planPull(cursor, events), upTo: heads, limit, fresh };
  }
  const lists: PullPlan['lists'] = [];
  for (const event of events) {
    if (event.listedSeq === null || event.listedSeq > run.eventSeq) continue;
    const whole = run.fromStart === true || (run.fresh ?? []).includes(event.id) || event.listedSeq > cursor.eventSeq;
    lists.push({ eventId: event.id, afterRecordSeq: Math.max(whole ? 0 : cursor.recordSeq, run.after) });
  }
  return { documents: [], lists, upTo: { eventSeq: run.eventSeq, recordSeq: run.recordSeq }, limit, fresh: run.fresh ?? [] };
}

/** A cursor ahead of the database comes from another server or a restored backup: its position means nothing here. */
export const cursorIsAhead = (cursor: PullCursor, heads: ChangeHeads): boolean =>
  cursor.eventSeq > heads.eventSeq ||
  cursor.recordSeq > heads.recordSeq ||
  (cursor.run !== undefined && (cursor.run.eventSeq > heads.eventSeq || cursor.run.recordSeq > heads.recordSeq || cursor.run.after > cursor.run.recordSeq));
