import { problem, type Problem } from '../../core/problems/problem';
import { wireProblemSchema } from '../../core/sync/protocol';
import { language } from './language';

/** An online call's outcome: the answer, or a problem; `offline` when the server could not be reached. */
export type ApiResult<T> = { ok: true; value: T } | { ok: false; problem: Problem; offline: boolean };

/** The problem a refusing server sent, or a plain "server error" with its status when it sent none. */
export async function problemOf(response: Response): Promise<Problem> {
  const body: unknown = await response.json().catch(() => undefined);
  const wire = wireProblemSchema.safeParse(body);
  return wire.success ? (wire.data as Problem) : problem('server.error', { status: response.status });
}

const TIMEOUT_MS = 20_000;

/**
 * One JSON call to the server with a time limit. No network, a timeout or a refusal is a result, never a throw:
 * the screens say what happened. The call says the screen's language, so a refusal's field messages come back in it.
 */
export async function jsonCall<T>(path: string, init: Omit<RequestInit, 'signal'>): Promise<ApiResult<T>> {
  if (typeof navigator !== 'undefined' && navigator.onLine === false) return { ok: false, problem: problem('network.unreachable'), offline: true };
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), TIMEOUT_MS);
  let response: Response;
  try {
    response = await fetch(path, { ...init, headers: withScreenLanguage(init.headers), signal: controller.signal });
  } catch {
    return { ok: false, problem: problem('network.unreachable'), offline: true };
  } finally {
    clearTimeout(timer);
  }
  if (!response.ok) return { ok: false, problem: await problemOf(response), offline: false };
  return { ok: true, value: (response.status === 204 ? undefined : await response.json().catch(() => undefined)) as T };
}

/** Said outright: the browser's own Accept-Language is its locale, not the language chosen in the app. */
function withScreenLanguage(headers: HeadersInit | undefined): Headers {
  const said = new Headers(headers);
  if (!said.has('accept-language')) said.set('accept-language', language());
  return said;
}

/** A path with the filled-in fields of a filter as its query ("/api/v1/escuchadero?status=assigned"). */
export function pathWithQuery(path: string, filter: object): string {
  const query = new URLSearchParams(Object.entries(filter).filter((e): e is [string, string] => typeof e[1] === 'string' && e[1] !== '')).toString();
  return query ? `${path}?${query}` : path;
}
