import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultCatalogues } from '../../../src/core/catalogues';
import { pullResponseSchema, pullSearch, type PullResponse } from '../../../src/core/sync/pull';
import { createStaff, enrollDevice, type StaffSession } from '../../support/auth-bootstrap';
import { startAuthedServer, type AuthedServer } from '../support/authed-server';
import { checkInRecord, createEvent, pushAccepted, registrationRecord } from '../events/fixtures';
import { createTestDatabase, pgUnavailableReason, type TestDatabase } from '../../support/pg-database';

let server: AuthedServer;
let campo: StaffSession;
let planeacion: StaffSession;
let a: string;
let b: string;
const DOCUMENT = '43999111';

const pgSkipReason = await pgUnavailableReason();

const schema = pullResponseSchema(defaultCatalogues);
const get = (path: string, headers: Record<string, string>) => fetch(`${server.url}${path}`, { headers });
async function pullAs(headers: Record<string, string>, events?: string[]): Promise<{ status: number; text: string; page?: PullResponse }> {
  const response = await get(`/api/v1/pull${pullSearch({ events })}`, headers);
  const text = await response.text();
  return { status: response.status, text, ...(response.status === 200 ? { page: schema.parse(JSON.parse(text)) } : {}) };
}
const assign = (by: StaffSession, userId: string, body: unknown) =>
  fetch(`${server.url}/api/v1/users/${userId}/events`, { method: 'PUT', headers: by.headers(), body: JSON.stringify(body) });
const eventsOf = (page: PullResponse | undefined) => ({
  documents: page?.events.map((e) => e.id).sort(),
  lists: [...new Set([...(page?.attendees ?? []), ...(page?.checkIns ?? [])].map((r) => r.eventId))].sort(),
});

for (const engine of ['sqlite', 'postgresql'] as const) {
  const skip = engine === 'postgresql' && pgSkipReason !== undefined;
  describe.skipIf(skip)(`a campo session is scoped to its assigned events, like an enrolled device (${engine})`, () => {
    let database: TestDatabase | undefined;
    beforeAll(async () => {
      database = engine === 'postgresql' ? await createTestDatabase() : undefined;
      server = await startAuthedServer(database ? { databaseUrl: database.url } : {});
      [campo, planeacion] = await Promise.all([createStaff(server.url, server.admin, 'campo'), createStaff(server.url, server.admin, 'planeacion')]);
      a = (await createEvent(server.url)).id;
      b = (await createEvent(server.url)).id;
      await pushAccepted(server.url, [
        registrationRecord(a),
        checkInRecord(a, 'puerta-1', '2026-11-21T10:00:00-05:00', { document: { type: 'CC', number: DOCUMENT } }),
        registrationRecord(b),
        checkInRecord(b, 'puerta-1', '2026-11-21T10:01:00-05:00'),
      ]);
    });
    afterAll(async () => {
      await server?.dispose();
      await database?.drop();
    });

    it('pulls nothing, and may read no event, before the office assigns it any', async () => {
      const pulled = await pullAs(campo.headers());
      expect(pulled.status).toBe(200);
      expect(eventsOf(pulled.page)).toEqual({ documents: [], lists: [] });
      expect((await get(`/api/v1/events/${a}`, campo.headers())).status).toBe(403);
    });

    it('gets exactly its assigned events once planeación assigns them; others are refused as for a device', async () => {
      const response = await assign(planeacion, campo.userId, { eventIds: [a, a] });
      expect(response.status).toBe(200);
      expect(await response.json()).toEqual({ eventIds: [a] });
      expect(await (await get(`/api/v1/users/${campo.userId}/events`, planeacion.headers())).json()).toEqual({ eventIds: [a] });

      const pulled = await pullAs(campo.headers());
      expect(eventsOf(pulled.page)).toEqual({ documents: [a], lists: [a] });
      // The per-event digest only: the number itself never leaves in a pull.
      expect(pulled.text).not.toContain(DOCUMENT);
      expect((await get(`/api/v1/events/${a}`, campo.headers())).status).toBe(200);

      const device = await enrollDevice(server.url, server.admin, { eventIds: [a] });
      for (const headers of [campo.headers(), device.headers()]) {
        const outside = await pullAs(headers, [a, b]);
        expect(outside.status).toBe(403);
        expect(JSON.parse(outside.text)).toMatchObject({ code: 'auth.forbidden' });
        expect((await get(`/api/v1/events/${b}`, headers)).status).toBe(403);
        // The list names only the events it may open; the office still sees them all.
        const listed = ((await (await get('/api/v1/events', headers)).json()) as { events: { id: string }[] }).events.map((e) => e.id);
        expect(listed).toContain(a);
        expect(listed).not.toContain(b);
      }
      const office = ((await (await get('/api/v1/events', planeacion.headers())).json()) as { events: { id: string }[] }).events.map((e) => e.id);
      expect(office).toEqual(expect.arrayContaining([a, b]));
    });

    it('applies a new assignment at once, to the session already open', async () => {
      expect((await assign(server.admin, campo.userId, { eventIds: [b] })).status).toBe(200);
      expect(eventsOf((await pullAs(campo.headers())).page)).toEqual({ documents: [b], lists: [b] });
      expect((await pullAs(campo.headers(), [a])).status).toBe(403);
    });

    it('pushes only records of its assigned events, each refused on its own like a device’s', async () => {
      const inB = checkInRecord(b, 'celular-campo', '2026-11-21T10:05:00-05:00');
      const inA = checkInRecord(a, 'celular-campo', '2026-11-21T10:06:00-05:00');
      const response = await fetch(`${server.url}/api/v1/sync`, { method: 'POST', headers: campo.headers(), body: JSON.stringify({ deviceId: 'celular-campo', records: [inB, inA] }) });
      expect(response.status).toBe(200);
      const { results } = (await response.json()) as { results: { id: string; status: string; problem?: { code: string } }[] };
      expect(results.find((r) => r.id === inB.id)).toMatchObject({ status: 'accepted' });
      expect(results.find((r) => r.id === inA.id)).toMatchObject({ problem: { code: 'auth.event_forbidden' } });
    });

    it('is the office’s to edit: campo cannot assign itself; bad lists and unknown accounts are refused; the change is audited', async () => {
      expect((await assign(campo, campo.userId, { eventIds: [a, b] })).status).toBe(403);
      expect((await assign(server.admin, campo.userId, { eventIds: ['No Es Un Evento'] })).status).toBe(400);
      expect((await assign(server.admin, 'nadie', { eventIds: [a] })).status).toBe(404);
      expect(eventsOf((await pullAs(campo.headers())).page).documents).toEqual([b]);

      const audit = await (await get('/api/v1/audit', server.admin.headers())).text();
      expect(audit).toContain('user.events_assign');
      expect(audit).toContain(campo.userId);
    });
  });
}
