import { pullEventsParamSchema } from '../../core/sync/pull';
import { fieldIssuesFrom, spanishErrors } from '../../core/problems/field-issues';
import { problem } from '../../core/problems/problem';
import { fail, ok, type Result } from '../../core/result';
import { decodeCursor, type PullCursor } from './pull-cursor';

export interface PullQuery {
  cursor?: PullCursor | undefined;
  /** Sorted, without repeats; undefined = every event. */
  events?: string[] | undefined;
}

export function readPullQuery(query: { cursor?: string | undefined; events?: string | undefined }): Result<PullQuery> {
  let events: string[] | undefined;
  if (query.events !== undefined) {
    const parsed = pullEventsParamSchema.safeParse(query.events, { error: spanishErrors });
    if (!parsed.success) return fail(problem('request.invalid', { fields: fieldIssuesFrom(parsed.error, 'events') }));
    events = parsed.data;
  }
  if (query.cursor === undefined || query.cursor === '') return ok({ events });
  const cursor = decodeCursor(query.cursor);
  return cursor ? ok({ cursor, events }) : fail(problem('sync.cursor_invalid'));
}
