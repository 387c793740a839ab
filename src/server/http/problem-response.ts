import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { problemStatus, type Problem } from '../../core/problems/problem';

/** Every error the server answers is a problem JSON with its catalogue status. */
export function problemResponse(c: Context, p: Problem): Response {
  return c.json(p, problemStatus(p.code) as ContentfulStatusCode);
}
