import { citizenProblems } from './citizen-problems';
import { officeProblems } from './office-problems';

/**
 * The one catalogue of expected failures ("problems"), shared by server and client, written in two parts so a
 * citizen's page loads only its own (citizen-problems.ts) and the office's part (office-problems.ts) stays out of it.
 * Codes are part of the wire contract: add new ones, never rename.
 */
export interface ProblemDefinition {
  status: number;
  es: string;
  en: string;
}

export const problemCatalogue = { ...citizenProblems, ...officeProblems } as const satisfies Record<string, ProblemDefinition>;

export type ProblemCode = keyof typeof problemCatalogue;

export const isProblemCode = (code: string): code is ProblemCode =>
  Object.prototype.hasOwnProperty.call(problemCatalogue, code);
