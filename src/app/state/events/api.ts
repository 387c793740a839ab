import { problem, type Problem } from '../../../core/problems/problem';
import { wireProblemSchema } from '../../../core/sync/protocol';
import { authorizationOf } from '../../storage/device-credential';
import { dataServices } from '../services';

/** An online call's outcome: the answer, or a problem; `offline` when the server could not be reached. */
export type ApiResult<T> = { ok: true; value: T } | { ok: false; problem: Problem; offline: boolean };

const TIMEOUT_MS = 20_000;

/**
 * Planning-office documents (events, the attendance list, pre-registrations) live on the server, not in
 * the outbox: these calls need the network, and say so clearly when it is missing.
 */
export async function api<T>(method: 'GET' | 'POST' | 'PUT', path: string, body?: unknown): Promise<ApiResult<T>> {
  if (typeof navigator !== 'undefined' && navigator.onLine === false) {
    return { ok: false, problem: problem('network.unreachable'), offline: true };
  }
  // An enrolled door phone has no session: its credential opens its events and their lists (staff send the cookie).
  const authorization = await dataServices()
    .then((services) => authorizationOf(services.db))
    .catch(() => undefined);
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), TIMEOUT_MS);
  let response: Response;
  try {
    response = await fetch(path, {
      method,
      headers: {
        accept: 'application/json',
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        ...(authorization === undefined ? {} : { authorization }),
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      signal: controller.signal,
    });
  } catch {
    return { ok: false, problem: problem('network.unreachable'), offline: true };
  } finally {
    clearTimeout(timer);
  }
  const parsed: unknown = await response.json().catch(() => undefined);
  if (response.ok) return { ok: true, value: parsed as T };
  const wire = wireProblemSchema.safeParse(parsed);
  return { ok: false, problem: wire.success ? (wire.data as Problem) : problem('server.error', { status: response.status }), offline: false };
}
