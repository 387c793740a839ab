import { problem } from '../../../core/problems/problem';
import { authorizationOf } from '../../storage/device-credential';
import { jsonCall, type ApiResult } from '../json-call';
import { dataServices } from '../services';

export type { ApiResult };

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
  return jsonCall<T>(path, {
    method,
    headers: {
      accept: 'application/json',
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      ...(authorization === undefined ? {} : { authorization }),
    },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
}
