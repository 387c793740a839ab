/**
 * fetch() with the credentials of the authed temp server the URL belongs to (startAuthedServer registers
 * them): the enrolled device's Bearer credential for /api/v1/pull (what phones use), the administrator's
 * session for everything else, /api/v1/sync included: these tests push records of several doors at once, and
 * a device credential pushes only records naming its own device (tests/server/auth/device-push-limits.test.ts). Tests about who may do what use explicit headers instead
 * (tests/server/auth); this keeps the other tests about their own subject.
 */
interface Credentials {
  staff: () => Record<string, string>;
  device: () => Record<string, string>;
  /** Signs the administrator in again: tests that move the server clock past 12 h outlive the session. */
  renewStaff: () => Promise<void>;
}

const byBaseUrl = new Map<string, Credentials>();

export function rememberCredentials(baseUrl: string, credentials: Credentials): void {
  byBaseUrl.set(baseUrl, credentials);
}

export function forgetCredentials(baseUrl: string): void {
  byBaseUrl.delete(baseUrl);
}

const DEVICE_PATHS = /^\/api\/v1\/pull(\/|\?|$)/;

/** The credential headers for this URL (none when it is not an authed temp server's). */
export function credentialHeaders(url: string): Record<string, string> {
  const parsed = new URL(url);
  const credentials = byBaseUrl.get(parsed.origin);
  if (!credentials) return {};
  const headers = DEVICE_PATHS.test(parsed.pathname) ? credentials.device() : credentials.staff();
  // Only the credential: the request keeps its own content type (or lack of one).
  return Object.fromEntries(Object.entries(headers).filter(([name]) => name !== 'content-type'));
}

const withCredentials = (url: string, init: RequestInit): RequestInit => {
  const headers = new Headers(init.headers);
  for (const [name, value] of Object.entries(credentialHeaders(url))) if (!headers.has(name)) headers.set(name, value);
  return { ...init, headers };
};

export async function authedFetch(url: string, init: RequestInit = {}): Promise<Response> {
  const response = await fetch(url, withCredentials(url, init));
  const credentials = byBaseUrl.get(new URL(url).origin);
  const replayable = init.body === undefined || typeof init.body === 'string';
  if (response.status !== 401 || !credentials || !replayable || DEVICE_PATHS.test(new URL(url).pathname)) return response;
  const problem = (await response.clone().json().catch(() => undefined)) as { code?: string } | undefined;
  if (problem?.code !== 'auth.required') return response;
  await credentials.renewStaff();
  return fetch(url, withCredentials(url, init));
}
