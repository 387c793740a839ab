import type { Context } from 'hono';
import { problem } from '../../core/problems/problem';
import { fail, ok, type Result } from '../../core/result';

/** The request body as JSON, or request.malformed_json; the size is bounded by the route's bodyLimit. */
export async function jsonBody(c: Context): Promise<Result<unknown>> {
  try {
    return ok(JSON.parse(await c.req.text()) as unknown);
  } catch {
    return fail(problem('request.malformed_json'));
  }
}

export const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
