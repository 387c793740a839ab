import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pullSearch } from '../../../src/core/sync/pull';
import { enrollDevice, type EnrolledDevice, type StaffSession } from '../../support/auth-bootstrap';
import type { ServerProcess } from '../../support/server-process';
import { checkInRecord, eventDraft, newEventId } from '../events/fixtures';
import { pgUnavailableReason } from '../../support/pg-database';
import { startPostgresPair, type PostgresPair } from '../support/postgres-pair';

/** The real server, twice, on one PostgreSQL database (tests/server/support/postgres-pair.ts). */
const pgSkipReason = await pgUnavailableReason();
if (pgSkipReason !== undefined) console.warn(`Servidor sobre PostgreSQL omitido: ${pgSkipReason}`);

describe.skipIf(pgSkipReason !== undefined)(`two server processes on one PostgreSQL${pgSkipReason ? ` (omitido: ${pgSkipReason})` : ''}`, () => {
  let pair: PostgresPair;
  let one: ServerProcess;
  let two: ServerProcess;
  let admin: StaffSession;
  let device: EnrolledDevice;
  const eventId = newEventId('pg');

  beforeAll(async () => {
    pair = await startPostgresPair('pg-server');
    ({ one, two, admin } = pair);
    device = await enrollDevice(two.url, admin, { eventIds: [eventId] });
  });
  afterAll(() => pair?.stop());

  const push = async (url: string, records: unknown[]) => {
    const response = await fetch(`${url}/api/v1/sync`, { method: 'POST', headers: device.headers(), body: JSON.stringify({ deviceId: device.deviceId, records }) });
    expect(response.status, await response.clone().text()).toBe(200);
    return ((await response.json()) as { results: { status: string }[] }).results.map((r) => r.status);
  };
  const pull = async (url: string, cursor?: string) => {
    const response = await fetch(`${url}/api/v1/pull${pullSearch({ cursor, events: [eventId] })}`, { headers: device.headers() });
    expect(response.status, await response.clone().text()).toBe(200);
    return (await response.json()) as { cursor: string; events: { id: string }[]; checkIns: { id: string }[] };
  };

  it('pushes through one process and pulls through the other; a replay on either is a duplicate', async () => {
    const created = await fetch(`${one.url}/api/v1/events`, { method: 'POST', headers: admin.headers(), body: JSON.stringify({ id: eventId, ...eventDraft() }) });
    expect(created.status, await created.clone().text()).toBe(201);

    const batch = [1, 2, 3].map((i) => checkInRecord(eventId, device.deviceId, `2026-11-21T10:0${i}:00-05:00`, { document: { type: 'CC', number: `4312345${i}` } }));
    expect(await push(two.url, batch)).toEqual(['accepted', 'accepted', 'accepted']);
    expect(await push(one.url, batch)).toEqual(['duplicate', 'duplicate', 'duplicate']);

    const first = await pull(one.url);
    expect(first.events.map((e) => e.id)).toEqual([eventId]);
    expect(first.checkIns.map((c) => c.id)).toEqual(batch.map((r) => r.id));

    const later = checkInRecord(eventId, device.deviceId, '2026-11-21T10:09:00-05:00', { document: { type: 'CC', number: '71234567' } });
    expect(await push(one.url, [later])).toEqual(['accepted']);
    const next = await pull(two.url, first.cursor);
    expect(next.checkIns.map((c) => c.id)).toEqual([later.id]);
  });

  it('answers health from both processes', async () => {
    for (const server of [one, two]) expect((await fetch(`${server.url}/api/v1/health`)).status).toBe(200);
  });
});
