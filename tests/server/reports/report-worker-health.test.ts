import { afterAll, beforeAll, expect, it } from 'vitest';
import { startAuthedServer, type AuthedServer } from '../support/authed-server';
import { createEvent, personCheckIn, pushAccepted, type Person } from './fixtures';

/**
 * Issue 12: while a big period report is read and aggregated (in the report worker), the server's own event
 * loop stays free: health checks keep answering before the report does. No timing threshold: the order of
 * answers is what is asserted. HEALTH_WORKERS=0 runs the same test against the in-process computation.
 */
const CLOCK = new Date('2027-08-01T15:00:00Z');
const EVENTS = 10;
const PER_EVENT = 1_500;
const CONCURRENT_REPORTS = 3;

let server: AuthedServer;

beforeAll(async () => {
  server = await startAuthedServer({ now: () => CLOCK, reportWorkers: Number(process.env.HEALTH_WORKERS ?? 1) });
  for (let e = 0; e < EVENTS; e++) {
    const day = `2027-03-${String(1 + e).padStart(2, '0')}`;
    const id = (await createEvent(server.url, { startsAt: `${day}T09:00:00-05:00`, endsAt: `${day}T12:00:00-05:00` })).id;
    const people: Person[] = Array.from({ length: PER_EVENT }, (_, i) => ({
      firstNames: 'Persona',
      surnames: 'De Prueba',
      document: String(30_000_000 + e * 10_000 + i),
      territory: ['01', '03', '08'][i % 3]!,
      extra: { sexAtBirth: i % 2 === 0 ? 'mujer' : 'hombre' },
    }));
    const records = people.map((p, i) => personCheckIn(id, p, `${day}T09:${String(i % 60).padStart(2, '0')}:00-05:00`));
    for (let i = 0; i < records.length; i += 500) await pushAccepted(server.url, records.slice(i, i + 500));
  }
}, 300_000);

afterAll(async () => {
  await server?.dispose();
});

it('answers /api/v1/health while big period reports are being computed', async () => {
  let reportsDone = 0;
  const reports = Array.from({ length: CONCURRENT_REPORTS }, () =>
    fetch(`${server.url}/api/v1/reports/period?from=2027-01-01&to=2027-12-31`, { headers: server.admin.headers() }).then(async (response) => {
      const body = (await response.json()) as { attendance: { total: number } };
      reportsDone += 1;
      return { status: response.status, total: body.attendance.total };
    }),
  );
  const allReports = Promise.all(reports);
  let settled = false;
  void allReports.finally(() => (settled = true));

  // Health, one request after another, until every report is in: each records how many reports had answered.
  const reportsDoneAtHealth: number[] = [];
  while (!settled) {
    const health = await fetch(`${server.url}/api/v1/health`);
    expect(health.status).toBe(200);
    await health.arrayBuffer();
    reportsDoneAtHealth.push(reportsDone);
  }
  const answered = await allReports;
  for (const report of answered) expect(report).toEqual({ status: 200, total: EVENTS * PER_EVENT });
  // Several health answers came while no report had finished yet: the main thread was not busy computing.
  expect(reportsDoneAtHealth.filter((done) => done === 0).length).toBeGreaterThanOrEqual(CONCURRENT_REPORTS);
}, 300_000);
