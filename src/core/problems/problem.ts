import { isProblemCode, problemCatalogue, type ProblemCode } from './catalogue';
import { messageFrom, problemFrom } from './catalogue-part';

/** One field that failed validation, with its path as dotted text ("payload.document.number"). */
export interface FieldIssue {
  path: string;
  code: string;
  message: string;
}

export interface ProblemDetails {
  fields?: FieldIssue[];
  [key: string]: unknown;
}

/** A problem as it travels on the wire: `message` is Spanish; clients may re-translate by `code`. */
export interface Problem {
  code: string;
  message: string;
  details?: ProblemDetails;
}

export type Language = 'es' | 'en';

export function problem(code: ProblemCode, details?: ProblemDetails): Problem {
  return problemFrom(problemCatalogue, code, details);
}

export function problemStatus(code: string): number {
  return isProblemCode(code) ? problemCatalogue[code].status : 500;
}

/** The message in the reader's language; unknown codes (a newer server) keep the server's text. */
export function problemMessage(p: Problem, language: Language): string {
  return messageFrom(problemCatalogue, p, language);
}
