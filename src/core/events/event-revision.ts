import type { Catalogues } from '../catalogues';
import { fieldIssuesFrom, spanishErrors } from '../problems/field-issues';
import { problem } from '../problems/problem';
import { fail, ok, type Result } from '../result';
import { eventDraftSchema, eventSchema, type EventDocument, type EventDraft } from './event';

/** Checks what the planning form sent; field problems travel in details.fields like record problems do. */
export function parseEventDraft(catalogues: Catalogues, input: unknown): Result<EventDraft> {
  const parsed = eventDraftSchema(catalogues).safeParse(input, { error: spanishErrors });
  return parsed.success ? ok(parsed.data) : fail(problem('event.invalid', { fields: fieldIssuesFrom(parsed.error) }));
}

/** Checks a whole event document (e.g. one pulled from the server). */
export function parseEvent(catalogues: Catalogues, input: unknown): Result<EventDocument> {
  const parsed = eventSchema(catalogues).safeParse(input, { error: spanishErrors });
  return parsed.success ? ok(parsed.data) : fail(problem('event.invalid', { fields: fieldIssuesFrom(parsed.error) }));
}

/** The first revision of a new event; `now` is the server's clock (ISO with offset). */
export const createEvent = (id: string, draft: EventDraft, now: string): EventDocument => ({ ...draft, id, revision: 1, updatedAt: now });

/**
 * An edit made from `baseRevision`. If someone saved in between, the edit is refused rather than silently
 * overwriting theirs: the office reloads and edits again.
 */
export function reviseEvent(current: EventDocument, draft: EventDraft, baseRevision: number, now: string): Result<EventDocument> {
  if (baseRevision !== current.revision) {
    return fail(problem('event.stale_revision', { currentRevision: current.revision, baseRevision }));
  }
  return ok({ ...draft, id: current.id, revision: current.revision + 1, updatedAt: now });
}

/**
 * A device merging pulled events into what it has: per id the highest revision wins, so pulling the same
 * page twice or out of order changes nothing.
 */
export function mergeEvents(local: readonly EventDocument[], incoming: readonly EventDocument[]): EventDocument[] {
  const byId = new Map<string, EventDocument>();
  for (const event of [...local, ...incoming]) {
    const known = byId.get(event.id);
    if (!known || event.revision > known.revision) byId.set(event.id, event);
  }
  return [...byId.values()].sort((a, b) => Date.parse(a.startsAt) - Date.parse(b.startsAt) || (a.id < b.id ? -1 : 1));
}
