import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startAuthedServer, type AuthedServer } from '../support/authed-server';
import { authedFetch } from '../support/authed-fetch';
import { eventDraft, newEventId, postEvent, putEvent } from './fixtures';

let server: AuthedServer;
beforeAll(async () => {
  server = await startAuthedServer({ now: () => new Date('2026-10-01T13:00:00.000Z') });
});
afterAll(() => server.dispose());

type EventBody = { event: Record<string, unknown> & { id: string; revision: number } };
type ProblemBody = { code: string; message: string; details?: { fields?: { path: string; message: string }[]; currentRevision?: number } };
const fieldMessages = (body: ProblemBody) => Object.fromEntries((body.details?.fields ?? []).map((f) => [f.path, f.message]));
const getEvent = (id: string) => authedFetch(`${server.url}/api/v1/events/${id}`);

describe('events: the planning office creates and edits', () => {
  it('creates revision 1 with the server time, readable one by one and in the list, never cached', async () => {
    const id = newEventId('atril');
    const response = await postEvent(server.url, { id, ...eventDraft() });
    expect(response.status).toBe(201);
    const { event } = (await response.json()) as EventBody;
    expect(event).toEqual({ id, revision: 1, updatedAt: '2026-10-01T13:00:00.000Z', ...eventDraft() });

    const one = await getEvent(id);
    expect(one.headers.get('cache-control')).toBe('no-store');
    expect(((await one.json()) as EventBody).event).toEqual(event);
    const list = (await (await authedFetch(`${server.url}/api/v1/events`)).json()) as { events: { id: string }[] };
    expect(list.events.filter((e) => e.id === id)).toEqual([event]);
  });

  it('answers a repeated create with the stored event, and refuses the id with other content', async () => {
    const id = newEventId();
    const first = (await (await postEvent(server.url, { id, ...eventDraft() })).json()) as EventBody;
    // Same content with keys in another order and untrimmed text: a retry, not a new event.
    const { name, ...rest } = eventDraft();
    const again = await postEvent(server.url, { ...rest, name: `  ${name} `, id });
    expect(again.status).toBe(201);
    expect(((await again.json()) as EventBody).event).toEqual(first.event);

    const clash = await postEvent(server.url, { id, ...eventDraft({ name: 'Otro evento con el mismo id' }) });
    expect(clash.status).toBe(409);
    expect(((await clash.json()) as ProblemBody).code).toBe('event.id_taken');
    expect(((await (await getEvent(id)).json()) as EventBody).event.name).toBe(eventDraft().name);
  });

  it('recognises a create retried after the event was edited, answering the current revision', async () => {
    const id = newEventId();
    await postEvent(server.url, { id, ...eventDraft() });
    await putEvent(server.url, id, { revision: 1, event: eventDraft({ expectedAttendance: 300 }) });
    const retry = await postEvent(server.url, { id, ...eventDraft() });
    expect(retry.status).toBe(201);
    expect(((await retry.json()) as EventBody).event).toMatchObject({ revision: 2, expectedAttendance: 300 });
  });

  it('edits from the current revision and refuses a stale one with 409, keeping the newer edit', async () => {
    const id = newEventId();
    await postEvent(server.url, { id, ...eventDraft() });
    const stored = ((await (await getEvent(id)).json()) as EventBody).event;

    // The whole pulled document may be sent back: id, revision and updatedAt are the server's.
    const edit = await putEvent(server.url, id, { revision: 1, event: { ...stored, place: 'Biblioteca de Manrique' } });
    expect(edit.status).toBe(200);
    expect(((await edit.json()) as EventBody).event).toMatchObject({ id, revision: 2, place: 'Biblioteca de Manrique' });

    const stale = await putEvent(server.url, id, { revision: 1, event: eventDraft({ place: 'Otra sede que pisaría la edición' }) });
    expect(stale.status).toBe(409);
    const problem = (await stale.json()) as ProblemBody;
    expect(problem.code).toBe('event.stale_revision');
    expect(problem.details?.currentRevision).toBe(2);
    expect(((await (await getEvent(id)).json()) as EventBody).event).toMatchObject({ revision: 2, place: 'Biblioteca de Manrique' });
  });

  it('lets only one of two edits made from the same revision win', async () => {
    const id = newEventId();
    await postEvent(server.url, { id, ...eventDraft() });
    const answers = await Promise.all(
      [100, 200, 300, 400].map((n) => putEvent(server.url, id, { revision: 1, event: eventDraft({ expectedAttendance: n }) })),
    );
    expect(answers.map((a) => a.status).sort()).toEqual([200, 409, 409, 409]);
    expect(((await (await getEvent(id)).json()) as EventBody).event.revision).toBe(2);
  });

  it('explains every invalid field in Spanish and stores nothing', async () => {
    const id = newEventId();
    const response = await postEvent(server.url, {
      id: 'Con Mayúsculas y espacios',
      ...eventDraft({ territory: '99', endsAt: '2026-11-21T08:00:00-05:00', place: undefined, color: 'rojo' }),
    });
    expect(response.status).toBe(422);
    const body = (await response.json()) as ProblemBody;
    expect(body.code).toBe('event.invalid');
    expect(fieldMessages(body)).toMatchObject({
      id: 'El identificador del evento debe tener minúsculas, números o guiones (máximo 64).',
      territory: 'Elija una comuna o corregimiento de la lista.',
      endsAt: 'El fin debe ser posterior al inicio.',
      place: 'Un evento presencial o mixto necesita el lugar.',
      '': 'Campos no previstos en el evento: color.',
    });

    const valid = await postEvent(server.url, { id, ...eventDraft({ expectedAttendance: -1 }) });
    expect(fieldMessages((await valid.json()) as ProblemBody)).toEqual({ expectedAttendance: 'Los asistentes esperados no pueden ser negativos.' });
    expect((await getEvent(id)).status).toBe(404);
  });

  it('answers edits of unknown events, malformed bodies and bad revisions with their problems', async () => {
    const id = newEventId();
    await postEvent(server.url, { id, ...eventDraft() });
    const cases: [Response, number, string][] = [
      [await putEvent(server.url, newEventId(), { revision: 1, event: eventDraft() }), 404, 'resource.not_found'],
      [await putEvent(server.url, id, '{"revision": 1, '), 400, 'request.malformed_json'],
      [await putEvent(server.url, id, { revision: 'uno', event: eventDraft() }), 400, 'request.invalid'],
      [await putEvent(server.url, id, { revision: 1, event: { ...eventDraft(), id: 'otro-evento' } }), 422, 'event.invalid'],
      [await putEvent(server.url, id, { revision: 1, event: eventDraft({ status: 'archivado' }) }), 422, 'event.invalid'],
      [await getEvent(newEventId()), 404, 'resource.not_found'],
    ];
    for (const [response, status, code] of cases) {
      expect(response.status).toBe(status);
      expect(((await response.json()) as ProblemBody).code).toBe(code);
    }
    expect(((await (await getEvent(id)).json()) as EventBody).event.revision).toBe(1);
  });
});
