import type { Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import type { z } from 'zod';
import { problem, type Language } from '../../core/problems/problem';
import { fieldIssuesFrom, parseIn } from '../../core/problems/field-issues';
import { fail, ok, type Result } from '../../core/result';
import { problemResponse } from '../http/problem-response';

/** A body limit that answers with the usual problem. */
export const limitBody = (maxBytes: number) =>
  bodyLimit({ maxSize: maxBytes, onError: (c) => problemResponse(c, problem('request.too_large', { maxBytes })) });

/** The body as JSON: request.malformed_json when it is not JSON. */
export async function jsonOf(c: Context): Promise<Result<unknown>> {
  try {
    return ok(JSON.parse(await c.req.text()) as unknown);
  } catch {
    return fail(problem('request.malformed_json'));
  }
}

/**
 * Parses a request body or query with a schema: request.invalid naming each field otherwise, its messages in
 * `language` (the request's, requestLanguage).
 */
export function requestOf<S extends z.core.$ZodType>(language: Language, schema: S, input: unknown): Result<z.output<S>> {
  const parsed = parseIn(language, schema, input);
  return parsed.success ? ok(parsed.data) : fail(problem('request.invalid', { fields: fieldIssuesFrom(parsed.error) }));
}
