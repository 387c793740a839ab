import type { Problem } from './problems/problem';

/** Expected failures are values, not throws: callers must look at `ok`. */
export type Result<T> = { ok: true; value: T } | { ok: false; problem: Problem };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const fail = <T = never>(problem: Problem): Result<T> => ({ ok: false, problem });
