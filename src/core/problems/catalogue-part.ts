import type { ProblemDefinition } from './catalogue';
import type { Language, Problem, ProblemDetails } from './problem';

/** One part of the catalogue (or the whole): code → status and texts. */
export type CataloguePart<C extends string = string> = Readonly<Record<C, ProblemDefinition>>;

/** A problem built from the part of the catalogue that defines its code; the wire message is Spanish. */
export function problemFrom<C extends string>(part: CataloguePart<C>, code: C, details?: ProblemDetails): Problem {
  const message = part[code].es;
  return details === undefined ? { code, message } : { code, message, details };
}

/** The message in the reader's language; a code this part does not define keeps the text it came with. */
export function messageFrom(part: CataloguePart, p: Problem, language: Language): string {
  return Object.prototype.hasOwnProperty.call(part, p.code) ? part[p.code]![language] : p.message;
}
