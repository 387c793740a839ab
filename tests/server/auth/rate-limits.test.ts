import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createStaff, enrollDevice, type StaffSession } from '../../support/auth-bootstrap';
import { startAuthedServer, type AuthedServer } from '../support/authed-server';
import { attendanceRecord, pushBody } from '../support/attendance-records';
import { readStoredRows } from '../support/sqlite-file';
import { startTempServer } from '../support/temp-server';

const json = { 'content-type': 'application/json' };
const small = (limit: number) => ({ limit, windowSeconds: 60 });

async function expectLimited(response: Response) {
  expect(response.status).toBe(429);
  const retryAfter = Number(response.headers.get('retry-after'));
  expect(retryAfter).toBeGreaterThanOrEqual(1);
  expect(retryAfter).toBeLessThanOrEqual(60);
  const body = (await response.json()) as { code: string; message: string; details: { retryAfterSeconds: number } };
  expect(body).toMatchObject({ code: 'rate.limited', message: expect.stringMatching(/Espere/) });
  expect(body.details.retryAfterSeconds).toBe(retryAfter);
}

describe('rate limits (fixed windows in the database, public reads in memory)', () => {
  // The clock sits 20 s into a minute window: Retry-After must be the 40 s left of it.
  let clock = new Date('2026-11-21T15:00:20Z');
  let server: AuthedServer;
  let campo: StaffSession;
  beforeAll(async () => {
    server = await startAuthedServer({
      now: () => clock,
      auth: { rateLimits: { login: small(3), enroll: small(2), sync: small(3), citizenSync: small(2), registration: small(2), tracking: small(3), setup: small(2), report: small(2), export: small(2), openData: small(2), publicPage: small(2) } },
    });
    campo = await createStaff(server.url, server.admin, 'campo'); // signs in once: 1 of the 3 logins
  });
  afterAll(() => server.dispose());

  it('limits sign-in attempts per IP, with Retry-After until the window ends, and lets them in again after it', async () => {
    const attempt = () => fetch(`${server.url}/api/v1/session`, { method: 'POST', headers: json, body: JSON.stringify({ email: campo.email, password: 'mala-clave-123' }) });
    expect((await attempt()).status).toBe(401);
    expect((await attempt()).status).toBe(401);
    const limited = await attempt();
    await expectLimited(limited);
    expect(limited.headers.get('retry-after')).toBe('40');
    // Even the right password waits: the limit is on attempts, not on failures.
    const right = await fetch(`${server.url}/api/v1/session`, { method: 'POST', headers: json, body: JSON.stringify({ email: campo.email, password: campo.password }) });
    expect(right.status).toBe(429);

    clock = new Date('2026-11-21T15:01:00Z');
    const next = await fetch(`${server.url}/api/v1/session`, { method: 'POST', headers: json, body: JSON.stringify({ email: campo.email, password: campo.password }) });
    expect(next.status).toBe(200);
  });

  it('limits pushes per device, each device on its own budget', async () => {
    clock = new Date('2026-11-21T15:02:00Z');
    const other = await enrollDevice(server.url, server.admin);
    const pushAs = (headers: Record<string, string>) => fetch(`${server.url}/api/v1/sync`, { method: 'POST', headers, body: pushBody([attendanceRecord()]) });
    for (let i = 0; i < 3; i++) expect((await pushAs(server.device.headers())).status).toBe(200);
    await expectLimited(await pushAs(server.device.headers()));
    expect((await pushAs(other.headers())).status).toBe(200);
  });

  it('limits anonymous pushes, registrations, tracking and enrollment per IP', async () => {
    clock = new Date('2026-11-21T15:03:00Z');
    const anonymousPush = () => fetch(`${server.url}/api/v1/sync`, { method: 'POST', headers: json, body: pushBody([]) });
    expect((await anonymousPush()).status).toBe(200);
    expect((await anonymousPush()).status).toBe(200);
    await expectLimited(await anonymousPush());

    const register = () => fetch(`${server.url}/api/v1/events/no-existe/registrations`, { method: 'POST', headers: json, body: '{}' });
    expect((await register()).status).not.toBe(429);
    expect((await register()).status).not.toBe(429);
    await expectLimited(await register());

    const track = () => fetch(`${server.url}/api/v1/escuchadero/status/ABCD2345`);
    for (let i = 0; i < 3; i++) expect((await track()).status).not.toBe(429);
    await expectLimited(await track());

    const enroll = () => fetch(`${server.url}/api/v1/devices/enroll`, { method: 'POST', headers: json, body: JSON.stringify({ token: 'adivinado', deviceId: 'x' }) });
    expect((await enroll()).status).toBe(410);
    expect((await enroll()).status).toBe(410);
    await expectLimited(await enroll());
  });

  it('keeps the counters in the database, so a second server process on the same file shares them', async () => {
    clock = new Date('2026-11-21T15:04:00Z');
    const track = (url: string) => fetch(`${url}/api/v1/escuchadero/status/ABCD2345`);
    expect((await track(server.url)).status).not.toBe(429);
    expect((await track(server.url)).status).not.toBe(429);
    const second = await startTempServer({ dataDir: server.dataDir, now: () => clock, auth: { rateLimits: { tracking: small(3) } } });
    try {
      expect((await track(second.url)).status).not.toBe(429);
      await expectLimited(await track(second.url));
    } finally {
      await second.close();
    }
    const buckets = readStoredRows<{ bucket: string; hits: number }>(server.dataDir, "select bucket, hits from rate_limit_windows where bucket like 'tracking:%' and window_start = '2026-11-21T15:04:00.000Z'");
    expect(buckets).toHaveLength(1);
    expect(buckets[0]!.hits).toBe(4);
    expect(buckets[0]!.bucket).toMatch(/^tracking:ip:[0-9a-f]{32}$/);
  });

  it('limits reports and exports per account, consulta included, and open data per IP', async () => {
    clock = new Date('2026-11-21T15:05:00Z');
    const consulta = await createStaff(server.url, server.admin, 'consulta');
    const planner = await createStaff(server.url, server.admin, 'planeacion');
    const period = (staff: StaffSession) => fetch(`${server.url}/api/v1/reports/period?from=2000-01-01&to=2100-12-31`, { headers: staff.headers() });
    expect((await period(consulta)).status).toBe(200);
    expect((await period(consulta)).status).toBe(200);
    await expectLimited(await period(consulta));
    // Another account keeps its own budget.
    expect((await period(planner)).status).toBe(200);

    const workbook = (staff: StaffSession) => fetch(`${server.url}/api/v1/reports/period.xlsx?from=2026-01-01&to=2026-12-31`, { headers: staff.headers() });
    for (let i = 0; i < 2; i++) {
      const answer = await workbook(consulta);
      await answer.arrayBuffer();
      expect(answer.status).toBe(200);
    }
    await expectLimited(await workbook(consulta));

    const openData = () => fetch(`${server.url}/api/v1/open-data/period.csv?from=2026-01-01&to=2026-12-31`);
    for (let i = 0; i < 2; i++) {
      const answer = await openData();
      await answer.arrayBuffer();
      expect(answer.status).toBe(200);
    }
    await expectLimited(await openData());
  });

  it('limits the public /rendicion pages per IP (a memoria page builds a whole report)', async () => {
    const page = () => fetch(`${server.url}/rendicion`);
    for (let i = 0; i < 2; i++) {
      const answer = await page();
      expect(await answer.text()).toMatch(/<html/);
      expect(answer.status).toBe(200);
    }
    await expectLimited(await page());
  });

  it('counts public reads in memory: 429 with Retry-After past the budget, again in the next window, nothing written', async () => {
    clock = new Date('2026-11-21T15:06:45Z');
    // An anonymous read of an event's public fields spends the public-page budget, whether the event exists or not.
    const eventRead = () => fetch(`${server.url}/api/v1/public/events/no-existe`);
    for (let i = 0; i < 2; i++) expect((await eventRead()).status).toBe(404);
    const limited = await eventRead();
    await expectLimited(limited);
    expect(limited.headers.get('retry-after')).toBe('15');
    // The same budget as the pages: both are public reads of this IP.
    await expectLimited(await fetch(`${server.url}/rendicion`));
    const openData = () => fetch(`${server.url}/api/v1/public/commitments`);
    for (let i = 0; i < 2; i++) expect((await openData()).status).toBe(200);
    await expectLimited(await openData());

    clock = new Date('2026-11-21T15:07:00Z');
    expect((await eventRead()).status).toBe(404);
    expect((await openData()).status).toBe(200);
    const written = readStoredRows<{ bucket: string }>(server.dataDir, "select bucket from rate_limit_windows where bucket like 'publicPage:%' or bucket like 'openData:%'");
    expect(written).toEqual([]);
  });
});
