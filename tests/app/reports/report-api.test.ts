import { describe, expect, it } from 'vitest';
import { getReport, type FetchLike } from '../../../src/app/state/reports/report-api';

const json = (status: number, body: unknown) => new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
const read = (r: Response) => r.json() as Promise<unknown>;

describe('fetching a report', () => {
  it('sends the staff cookie (same-origin) and returns the body', async () => {
    const seen: RequestInit[] = [];
    const fetchImpl: FetchLike = async (_url, init) => {
      seen.push(init);
      return json(200, { total: 3 });
    };
    expect(await getReport('/api/v1/reports/events/e', read, fetchImpl, () => true)).toEqual({ ok: true, value: { total: 3 } });
    expect(seen[0]?.credentials).toBe('same-origin');
  });

  it('tells sign-in (401) from missing permission (403) from other problems', async () => {
    const answer = (status: number, body: unknown): FetchLike => async () => json(status, body);
    const required = await getReport('/x', read, answer(401, { code: 'auth.required', message: 'Inicie sesión.' }), () => true);
    expect(required).toMatchObject({ ok: false, reason: 'signIn', problem: { code: 'auth.required' } });
    const forbidden = await getReport('/x', read, answer(403, { code: 'auth.forbidden', message: 'No.' }), () => true);
    expect(forbidden).toMatchObject({ ok: false, reason: 'forbidden', problem: { code: 'auth.forbidden' } });
    const missing = await getReport('/x', read, answer(404, { code: 'resource.not_found', message: 'No existe.' }), () => true);
    expect(missing).toMatchObject({ ok: false, reason: 'problem', problem: { code: 'resource.not_found' } });
    // A body that is not a problem (a proxy's HTML page) still ends as a problem, not a crash.
    const html: FetchLike = async () => new Response('<html>502</html>', { status: 502 });
    expect(await getReport('/x', read, html, () => true)).toMatchObject({ ok: false, reason: 'problem', problem: { code: 'server.error' } });
  });

  it('is offline without calling the server when the browser is offline, and when the request fails', async () => {
    let calls = 0;
    const counting: FetchLike = async () => {
      calls++;
      throw new TypeError('Failed to fetch');
    };
    expect(await getReport('/x', read, counting, () => false)).toEqual({ ok: false, reason: 'offline' });
    expect(calls).toBe(0);
    expect(await getReport('/x', read, counting, () => true)).toEqual({ ok: false, reason: 'offline' });
    expect(calls).toBe(1);
  });
});
