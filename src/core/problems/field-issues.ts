import * as z from 'zod/mini';
import type { FieldIssue, Language } from './problem';
import { readingIn } from './field-message';
import { validationErrors } from './validation-messages';

// Our own Spanish words are the fallback (never zod's English "Invalid input"); schemas give friendlier
// messages, naming the question, where a person reads them.
export const spanishErrors: z.core.$ZodErrorMap = validationErrors.es;

export function fieldIssuesFrom(error: z.core.$ZodError, prefix = ''): FieldIssue[] {
  return error.issues.map((issue) => ({
    path: [prefix, ...issue.path.map(String)].filter(Boolean).join('.'),
    code: issue.code,
    message: issue.message,
  }));
}

/**
 * Parses with Zod's compiled fast path and, only when the input fails, parses again with messages in `language`:
 * the generic ones by error map, the schemas' own (citizen-field-messages.ts…) by readingIn. Passing an error map
 * on every parse costs about three times as much, and the server validates every record it ingests, while
 * failures are rare.
 */
export function parseIn<S extends z.core.$ZodType>(language: Language, schema: S, input: unknown): z.core.util.SafeParseResult<z.output<S>> {
  const fast = z.safeParse(schema, input);
  if (fast.success) return fast;
  return readingIn(language, () => {
    const parsed = z.safeParse(schema, input, { error: validationErrors[language] });
    // zod writes the messages on the first read of `error`: read it while the language holds.
    if (!parsed.success) void parsed.error.issues;
    return parsed;
  });
}

/** parseIn Spanish, the wire's language. */
export const parseInSpanish = <S extends z.core.$ZodType>(schema: S, input: unknown): z.core.util.SafeParseResult<z.output<S>> =>
  parseIn('es', schema, input);
