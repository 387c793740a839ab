import { problem, type Problem } from '../../../core/problems/problem';
import { wireProblemSchema } from '../../../core/sync/protocol';
import type { ApiResult } from '../events/api';

export type { ApiResult };

const TIMEOUT_MS = 20_000;

/**
 * Account and device administration calls (same origin: the session cookie goes along). Mutations always
 * carry Content-Type: application/json, which the server requires of cookie-authenticated writes (CSRF).
 */
export async function authCall<T>(method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE', path: string, body?: unknown): Promise<ApiResult<T>> {
  if (typeof navigator !== 'undefined' && navigator.onLine === false) return { ok: false, problem: problem('network.unreachable'), offline: true };
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), TIMEOUT_MS);
  let response: Response;
  try {
    response = await fetch(path, {
      method,
      credentials: 'same-origin',
      headers: { accept: 'application/json', ...(method === 'GET' ? {} : { 'content-type': 'application/json' }) },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      signal: controller.signal,
    });
  } catch {
    return { ok: false, problem: problem('network.unreachable'), offline: true };
  } finally {
    clearTimeout(timer);
  }
  const parsed: unknown = response.status === 204 ? undefined : await response.json().catch(() => undefined);
  if (response.ok) return { ok: true, value: parsed as T };
  const wire = wireProblemSchema.safeParse(parsed);
  return { ok: false, problem: wire.success ? (wire.data as Problem) : problem('server.error', { status: response.status }), offline: false };
}
