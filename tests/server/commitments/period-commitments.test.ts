import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PeriodDashboard } from '../../../src/core/indicators/report-wire';
import { commitmentOf, updateOf } from '../../support/commitment-fixtures';
import { createEvent } from '../auth/authed-fixtures';
import { startAuthedServer, type AuthedServer } from '../support/authed-server';
import { call } from '../forms/fixtures';

const clock = new Date('2026-12-01T15:00:00Z');
let server: AuthedServer;
beforeAll(async () => {
  server = await startAuthedServer({ now: () => clock });
});
afterAll(() => server.dispose());

describe('period dashboard: commitments', () => {
  it('counts the commitments made at the period’s events: fulfilled on time, overdue today, still open', async () => {
    const inPeriod = await createEvent(server.url, server.admin, 'compromisos-periodo', { startsAt: '2026-11-20T09:00:00-05:00', endsAt: '2026-11-20T12:00:00-05:00' });
    const outside = await createEvent(server.url, server.admin, 'compromisos-fuera', { startsAt: '2026-06-20T09:00:00-05:00', endsAt: '2026-06-20T12:00:00-05:00' });
    const onTime = commitmentOf({ eventId: inPeriod.id, dueDate: '2026-12-31' });
    const overdue = commitmentOf({ eventId: inPeriod.id, dueDate: '2026-11-25' });
    const open = commitmentOf({ eventId: inPeriod.id, dueDate: '2027-06-30' });
    const elsewhere = commitmentOf({ eventId: outside.id, dueDate: '2026-07-01' });
    for (const c of [onTime, overdue, open, elsewhere]) expect((await call(server.url, 'POST', '/api/v1/commitments', c)).status).toBe(201);
    expect((await call(server.url, 'POST', `/api/v1/commitments/${onTime.id}/updates`, updateOf(onTime.id, { state: 'cumplido', percent: 100, date: '2026-11-30' }))).status).toBe(201);

    const { status, body } = await call<PeriodDashboard>(server.url, 'GET', '/api/v1/reports/period?from=2026-11-01&to=2026-11-30');
    expect(status).toBe(200);
    expect(body.commitments).toEqual({ made: 3, fulfilled: 1, fulfilledOnTime: 1, overdue: 1, inProgress: 0, pending: 1 });
  });
});
