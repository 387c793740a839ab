import type { Problem } from '../../core/problems/problem';

/**
 * Answers about WHO is asking, not about the records: retrying soon cannot help, and the records are not
 * at fault. The runner keeps every record queued, backs off to its longest interval and the app shows a
 * banner until someone with rights enrolls the phone again (or signs in).
 */
const ACCESS_REFUSALS: ReadonlySet<string> = new Set(['auth.required', 'auth.forbidden', 'auth.invalid_credentials', 'device.revoked']);

export const isAccessRefusal = (problem: Problem | undefined): boolean => problem !== undefined && ACCESS_REFUSALS.has(problem.code);
