import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PublicEventDetail, PublicEventList } from '../../../src/core/publication';
import { commitmentOf, updateOf } from '../../support/commitment-fixtures';
import { attendanceRecord } from '../support/attendance-records';
import { startAuthedServer, type AuthedServer } from '../support/authed-server';
import { push, statuses } from '../support/http';
import { eventDraft, newEventId } from '../events/fixtures';
import { call, escuchadero, escuchaderoAnswers } from '../forms/fixtures';

const clock = new Date('2026-12-01T15:00:00Z');
let server: AuthedServer;
beforeAll(async () => {
  server = await startAuthedServer({ now: () => clock });
});
afterAll(() => server.dispose());

// Personal data the fixtures carry: none of it may appear in any public answer.
const PERSONAL = { name: 'Luz Dary Gómez', email: 'luz@example.co', attendee: 'Ana María Peña', document: '43123456' };
const personalPattern = new RegExp(Object.values(PERSONAL).join('|'));

/** No session at all: what a citizen's phone sends. */
const anonymous = (path: string) => fetch(`${server.url}${path}`);

async function createEvent(over: Record<string, unknown>) {
  const id = newEventId('publica');
  expect((await call(server.url, 'POST', '/api/v1/events', { id, ...eventDraft(over) })).status).toBe(201);
  return id;
}

async function answeredEntry(eventId: string, answers: Record<string, unknown>) {
  const entry = escuchadero(answers, { eventId });
  expect(statuses(await push(server.url, [entry]))).toEqual(['accepted']);
  expect((await call(server.url, 'POST', `/api/v1/escuchadero/${entry.id}/assign`, { office: 'infraestructura' })).status).toBe(200);
  expect((await call(server.url, 'POST', `/api/v1/escuchadero/${entry.id}/answer`, { text: 'La obra termina en marzo de 2027.' })).status).toBe(200);
  return entry;
}

const publish = (path: string, published: boolean) => call(server.url, 'PUT', path, { published });

describe('public accountability pages and API', () => {
  let past: string;
  let upcoming: string;
  let hidden: string;
  let consented: { id: string; code: string };
  let refused: { id: string };
  let commitmentTitle: string;

  beforeAll(async () => {
    past = await createEvent({ status: 'closed' });
    upcoming = await createEvent({ startsAt: '2027-02-10T09:00:00-05:00', endsAt: '2027-02-10T12:00:00-05:00', status: 'planned', lscInterpreterBooked: true });
    hidden = await createEvent({ name: 'Evento interno sin publicar', status: 'closed' });
    // Someone at the door of the past event, with name and document.
    expect(statuses(await push(server.url, [attendanceRecord({}, { eventId: past })]))).toEqual(['accepted']);

    const contact = { forma_respuesta: 'contacto', nombre: PERSONAL.name, medio_contacto: 'correo', correo: PERSONAL.email, autorizacion: { accepted: true, textVersion: 'escuchadero-2026-1' } };
    const yes = await answeredEntry(past, escuchaderoAnswers({ ...contact, publicar: true, mensaje: '¿Cuándo arreglan el alumbrado del parque?' }));
    consented = { id: yes.id, code: yes.payload.trackingCode as string };
    refused = await answeredEntry(past, escuchaderoAnswers({ publicar: false, mensaje: 'Mensaje que no autorizó publicar.' }));

    const commitment = commitmentOf({ eventId: past, territory: '03', topic: '3.1', origin: { kind: 'escuchadero', entryId: yes.id } });
    commitmentTitle = commitment.title;
    expect((await call(server.url, 'POST', '/api/v1/commitments', commitment)).status).toBe(201);
    expect((await call(server.url, 'POST', `/api/v1/commitments/${commitment.id}/updates`, updateOf(commitment.id, { percent: 40 }))).status).toBe(201);
    expect((await call(server.url, 'POST', '/api/v1/commitments', commitmentOf({ eventId: hidden, title: 'Compromiso de un evento sin publicar' }))).status).toBe(201);

    for (const id of [past, upcoming]) expect((await publish(`/api/v1/events/${id}/publication`, true)).body).toEqual({ published: true });
    expect((await publish(`/api/v1/escuchadero/${consented.id}/publication`, true)).status).toBe(200);
  });

  it('refuses to publish an answer whose author did not consent, and one not answered yet', async () => {
    const response = await publish(`/api/v1/escuchadero/${refused.id}/publication`, true);
    expect(response.status).toBe(409);
    expect((response.body as { code: string }).code).toBe('publication.answer_not_ready');
    const pending = escuchadero(escuchaderoAnswers({ publicar: true }), { eventId: past });
    expect(statuses(await push(server.url, [pending]))).toEqual(['accepted']);
    expect((await publish(`/api/v1/escuchadero/${pending.id}/publication`, true)).status).toBe(409);
  });

  it('lists published events only: upcoming with the convocatoria, past apart', async () => {
    const response = await anonymous('/api/v1/public/events');
    expect(response.status).toBe(200);
    const list = (await response.json()) as PublicEventList;
    expect(list.upcoming.map((e) => e.id)).toEqual([upcoming]);
    expect(list.upcoming[0]).toMatchObject({ modality: 'presencial', lscInterpreterBooked: true, registrationUrl: `/eventos/${upcoming}/inscripcion`, place: expect.any(String) });
    expect(list.past.map((e) => e.id)).toEqual([past]);
    expect(list.past[0]!.registrationUrl).toBeUndefined();
  });

  it('shows the memoria of a published past event: figures, consented answers, commitments with progress', async () => {
    const response = await anonymous(`/api/v1/public/events/${past}/memoria`);
    expect(response.status).toBe(200);
    const detail = (await response.json()) as PublicEventDetail;
    expect(detail.figures).toMatchObject({ attendance: 1, escuchadero: { received: 3, answered: 2 }, commitments: 1 });
    // One attendee in comuna 3: a small cell, suppressed as in the reports.
    expect(detail.figures!.byTerritory.find((cell) => cell.key === '03')?.value).toEqual({ suppressed: true });
    expect(detail.answers.map((a) => a.id)).toEqual([consented.id]);
    expect(detail.answers[0]).toEqual({
      id: consented.id,
      eventId: past,
      type: 'pregunta',
      topic: null,
      territory: '03',
      question: '¿Cuándo arreglan el alumbrado del parque?',
      answer: 'La obra termina en marzo de 2027.',
      answeredAt: clock.toISOString(),
    });
    expect(detail.commitments).toMatchObject([{ title: commitmentTitle, status: 'en_curso', percent: 40, updates: [{ percent: 40 }] }]);
  });

  it('answers 404, never 403, for what is not published', async () => {
    for (const path of [`/api/v1/public/events/${hidden}/memoria`, `/api/v1/public/answers/${refused.id}`, '/api/v1/public/events/no-existe/memoria', `/rendicion/eventos/${hidden}`, `/rendicion/preguntas/${refused.id}`]) {
      expect((await anonymous(path)).status, path).toBe(404);
    }
    expect((await anonymous(`/api/v1/public/answers/${consented.id}`)).status).toBe(200);
    const commitments = (await (await anonymous('/api/v1/public/commitments')).json()) as { items: { title: string }[] };
    expect(commitments.items.map((c) => c.title)).toEqual([commitmentTitle]);
  });

  it('withdrawing a publication makes it 404 again', async () => {
    expect((await publish(`/api/v1/escuchadero/${consented.id}/publication`, false)).body).toEqual({ published: false });
    expect((await anonymous(`/api/v1/public/answers/${consented.id}`)).status).toBe(404);
    expect((await publish(`/api/v1/escuchadero/${consented.id}/publication`, true)).status).toBe(200);
  });

  it('filters commitments and answers by territory, dependency and plan topic', async () => {
    const titles = async (query: string) => ((await (await anonymous(`/api/v1/public/commitments?${query}`)).json()) as { items: { title: string }[] }).items.map((c) => c.title);
    expect(await titles('territorio=03&dependencia=infraestructura&tema=3.1')).toEqual([commitmentTitle]);
    expect(await titles('territorio=80')).toEqual([]);
    expect(await titles('dependencia=mujeres')).toEqual([]);
    expect(await titles('tema=')).toEqual([commitmentTitle]);
    expect((await anonymous('/api/v1/public/commitments?territorio=no-existe')).status).toBe(400);
    const answers = async (query: string) => ((await (await anonymous(`/api/v1/public/answers?${query}`)).json()) as { items: unknown[] }).items.length;
    expect(await answers('territorio=03')).toBe(1);
    expect(await answers('territorio=80')).toBe(0);
  });

  it('says who publishes: the entity named in its settings heads every page', async () => {
    const { settings } = (await (await anonymous('/api/v1/settings')).json()) as { settings: { entityName: string } };
    expect(settings.entityName.length).toBeGreaterThan(2);
    for (const path of ['/rendicion', `/rendicion/eventos/${past}`]) {
      const text = await (await anonymous(path)).text();
      expect(text).toContain(`<title>`);
      expect(text.match(/<header>.*<\/header>/s)?.[0]).toContain(settings.entityName);
    }
  });

  it('never shows anything personal: not in the API, the pages, nor the open data (raw text)', async () => {
    const paths = [
      '/api/v1/public/events',
      `/api/v1/public/events/${past}/memoria`,
      '/api/v1/public/answers',
      `/api/v1/public/answers/${consented.id}`,
      '/api/v1/public/commitments',
      '/api/v1/public/open-data/compromisos.csv',
      '/rendicion',
      '/rendicion?lang=en',
      `/rendicion/eventos/${past}`,
      `/rendicion/preguntas/${consented.id}`,
    ];
    for (const path of paths) {
      const response = await anonymous(path);
      expect(response.status, path).toBe(200);
      const text = await response.text();
      expect(text, path).not.toMatch(personalPattern);
      expect(text, path).not.toContain(consented.code);
      // Nor the names of personal fields (JSON keys), even empty.
      expect(text, path).not.toMatch(/"(nombre|correo|telefono|contact|trackingCode|fullName|document)"/);
    }
  });

  it('serves /rendicion as indexable HTML in Spanish and English, with the open-data links', async () => {
    const es = await anonymous('/rendicion');
    expect(es.headers.get('content-type')).toMatch(/text\/html/);
    const page = await es.text();
    expect(page).toMatch(/<html lang="es-CO">/);
    // The inline style is our own constant, not escaped text (escaping breaks its quotes and child selectors).
    expect(page).toMatch(/<style>[^<]*"Segoe UI"[^<]*\.cards>li/);
    expect(page).toMatch(/<title>[^<]*Rendición de cuentas/);
    expect(page).toMatch(/<meta name="description" content="[^"]{50,}"/);
    expect(page).toContain(`<link rel="canonical" href="${server.url}/rendicion">`);
    expect(page).toContain('¿Cuándo arreglan el alumbrado del parque?');
    expect(page).toContain(commitmentTitle);
    expect(page).toContain(`href="/rendicion/eventos/${past}"`);
    expect(page).toContain('href="/api/v1/public/open-data/compromisos.csv"');
    expect(page).not.toContain('Evento interno sin publicar');
    const en = await (await anonymous('/rendicion?lang=en')).text();
    expect(en).toMatch(/<html lang="en-GB">[\s\S]*Commitments/);
    expect(en).toContain(`<link rel="canonical" href="${server.url}/rendicion?lang=en">`);
  });

  it('offers the published commitments as open data with a dictionary', async () => {
    const csv = await (await anonymous('/api/v1/public/open-data/compromisos.csv')).text();
    const [header, ...rows] = csv.trim().split(/\r?\n/);
    expect(header).toBe('id_compromiso,id_evento,compromiso,dependencia,territorio,tema_plan,fecha_limite,estado,avance_porcentaje,fecha_ultimo_avance');
    expect(rows).toHaveLength(1);
    expect(rows[0]).toContain(',en_curso,40,2026-12-01');
    const dictionary = await (await anonymous('/api/v1/public/open-data/compromisos-diccionario.csv')).text();
    expect(dictionary).toMatch(/avance_porcentaje/);
  });

  it('audits each change of publication with the target id', async () => {
    const audit = (await call<{ entries: { action: string; target: string | null }[] }>(server.url, 'GET', '/api/v1/audit')).body.entries;
    expect(audit).toEqual(expect.arrayContaining([expect.objectContaining({ action: 'event.publish', target: past }), expect.objectContaining({ action: 'answer.unpublish', target: consented.id })]));
  });
});
