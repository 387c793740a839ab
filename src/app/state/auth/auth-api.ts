import { jsonCall, type ApiResult } from '../json-call';

export type { ApiResult };

/**
 * Account and device administration calls (same origin: the session cookie goes along). Mutations always
 * carry Content-Type: application/json, which the server requires of cookie-authenticated writes (CSRF).
 */
export function authCall<T>(method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE', path: string, body?: unknown): Promise<ApiResult<T>> {
  return jsonCall<T>(path, {
    method,
    credentials: 'same-origin',
    headers: { accept: 'application/json', ...(method === 'GET' ? {} : { 'content-type': 'application/json' }) },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
}
