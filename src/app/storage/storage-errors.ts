/**
 * Recognise IndexedDB failures whatever wraps them: Dexie re-throws DOMExceptions as its own
 * errors (AbortError with `inner`, BulkError with `failures`), browsers sometimes use `cause`.
 */
function errorChain(error: unknown, depth = 0): unknown[] {
  if (error === null || typeof error !== 'object' || depth > 5) return [];
  const e = error as { inner?: unknown; cause?: unknown; failures?: unknown };
  const nested = [e.inner, e.cause, ...(Array.isArray(e.failures) ? e.failures : [])];
  return [error, ...nested.flatMap((n) => errorChain(n, depth + 1))];
}

const hasName = (error: unknown, names: readonly string[]): boolean =>
  errorChain(error).some((e) => names.includes(String((e as { name?: unknown }).name)));

/** Storage full. Firefox has used NS_ERROR_DOM_QUOTA_REACHED; legacy code 22 is the DOMException number. */
export const isQuotaExceeded = (error: unknown): boolean =>
  hasName(error, ['QuotaExceededError', 'NS_ERROR_DOM_QUOTA_REACHED']) ||
  errorChain(error).some((e) => (e as { code?: unknown }).code === 22);

/** The connection is gone (iOS drops it after backgrounding; Dexie reports it as DatabaseClosedError). */
export const isDatabaseClosed = (error: unknown): boolean => hasName(error, ['DatabaseClosedError']);

export const errorName = (error: unknown): string =>
  error !== null && typeof error === 'object' && 'name' in error ? String(error.name) : typeof error;
