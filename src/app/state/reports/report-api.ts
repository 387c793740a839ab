import type { Problem } from '../../../core/problems/problem';
import { problemOf } from '../json-call';

/**
 * Why a report could not be shown. Reports are computed on the server, so they need the network;
 * 401 and 403 mean a staff session is missing or lacks the role (cookie sessions, see AUTH_CONTRACT).
 */
export type ReportFailure =
  | { reason: 'offline' }
  | { reason: 'signIn'; problem: Problem }
  | { reason: 'forbidden'; problem: Problem }
  | { reason: 'problem'; problem: Problem };

export type ReportResult<T> = { ok: true; value: T } | ({ ok: false } & ReportFailure);

export type FetchLike = (input: string, init: RequestInit) => Promise<Response>;

const TIMEOUT_MS = 30_000;

/** GET with the staff cookie; the body is read by `read` only on success. */
export async function getReport<T>(
  path: string,
  read: (response: Response) => Promise<T>,
  fetchImpl: FetchLike = (input, init) => fetch(input, init),
  online: () => boolean = () => typeof navigator === 'undefined' || navigator.onLine !== false,
): Promise<ReportResult<T>> {
  if (!online()) return { ok: false, reason: 'offline' };
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), TIMEOUT_MS);
  let response: Response;
  try {
    response = await fetchImpl(path, { credentials: 'same-origin', headers: { accept: 'application/json' }, signal: controller.signal });
  } catch {
    return { ok: false, reason: 'offline' };
  } finally {
    clearTimeout(timer);
  }
  if (response.ok) return { ok: true, value: await read(response) };
  const found = await problemOf(response);
  if (response.status === 401) return { ok: false, reason: 'signIn', problem: found };
  if (response.status === 403) return { ok: false, reason: 'forbidden', problem: found };
  return { ok: false, reason: 'problem', problem: found };
}

export const getJson = <T>(path: string, fetchImpl?: FetchLike) => getReport<T>(path, (r) => r.json() as Promise<T>, fetchImpl);
export const getText = (path: string, fetchImpl?: FetchLike) => getReport<string>(path, (r) => r.text(), fetchImpl);
