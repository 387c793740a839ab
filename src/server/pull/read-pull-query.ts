import { pullEventsParamSchema } from '../../core/sync/pull';
import { fieldIssuesFrom, parseIn } from '../../core/problems/field-issues';
import { problem, type Language } from '../../core/problems/problem';
import { fail, ok, type Result } from '../../core/result';
import { decodeCursor, type PullCursor } from './pull-cursor';

export interface PullQuery {
  cursor?: PullCursor | undefined;
  /** Sorted, without repeats; undefined = every event. */
  events?: string[] | undefined;
}

/** The query of GET /api/v1/pull; field messages in `language`. */
export function readPullQuery(query: { cursor?: string | undefined; events?: string | undefined }, language: Language): Result<PullQuery> {
  let events: string[] | undefined;
  if (query.events !== undefined) {
    const parsed = parseIn(language, pullEventsParamSchema, query.events);
    if (!parsed.success) return fail(problem('request.invalid', { fields: fieldIssuesFrom(parsed.error, 'events') }));
    events = parsed.data;
  }
  if (query.cursor === undefined || query.cursor === '') return ok({ events });
  const cursor = decodeCursor(query.cursor);
  return cursor ? ok({ cursor, events }) : fail(problem('sync.cursor_invalid'));
}
