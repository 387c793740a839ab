import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startAuthedServer, type AuthedServer } from '../support/authed-server';
import { createEvent, newId, postRegistration, registrationPayload } from './fixtures';

let server: AuthedServer;
beforeAll(async () => {
  server = await startAuthedServer();
});
afterAll(() => server.dispose());

// Plain fetch: no cookie, no device credential — a citizen's phone opening a poster's link.
const anonymousGet = (path: string) => fetch(`${server.url}${path}`);

describe('GET /api/v1/public/events/:id', () => {
  it('answers the name, date, place, modality and interpreter availability without a session', async () => {
    const event = await createEvent(server.url, { objective: 'Revisar el avance del plan con la comuna.', lscInterpreterBooked: true });
    // The private read still needs a session: only the public resource opens.
    expect((await anonymousGet(`/api/v1/events/${event.id}`)).status).toBe(401);

    const response = await anonymousGet(`/api/v1/public/events/${event.id}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-store');
    const raw = await response.text();
    expect(JSON.parse(raw)).toEqual({
      event: {
        id: event.id,
        name: 'Atril a la comuna 3 — rendición de cuentas 2026',
        startsAt: '2026-11-21T09:00:00-05:00',
        endsAt: '2026-11-21T12:00:00-05:00',
        place: 'Coliseo de Manrique, Cra. 36 #71-20',
        modality: 'presencial',
        lscInterpreterBooked: true,
      },
    });
  });

  it('never carries the planning fields nor anything of the people registered for it', async () => {
    const event = await createEvent(server.url, { objective: 'Objetivo interno de la oficina' });
    const registered = await postRegistration(server.url, event.id, { attendeeId: newId(), ...registrationPayload(event.id) });
    expect(registered.status).toBeLessThan(300);

    const raw = await (await anonymousGet(`/api/v1/public/events/${event.id}`)).text();
    for (const secret of ['Objetivo interno', 'Luis Ángel Mosquera', '1020304050', 'expectedAttendance', 'responsibleOffice', 'territory', 'revision', 'topics']) {
      expect(raw, `public event JSON leaks ${secret}`).not.toContain(secret);
    }
  });

  it('answers 404 as a problem for an event that does not exist', async () => {
    const response = await anonymousGet('/api/v1/public/events/no-existe-este-evento');
    expect(response.status).toBe(404);
    expect(((await response.json()) as { code: string }).code).toBe('resource.not_found');
  });
});
