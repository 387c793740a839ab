import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatTrackingCode } from '../../../src/core/escuchadero';
import type { InboxItem, StatusItem } from '../../../src/server/escuchadero/entry-view';
import { push, statuses } from '../support/http';
import { startAuthedServer, type AuthedServer } from '../support/authed-server';
import { call, escuchadero, escuchaderoAnswers, fieldPaths, type ProblemBody } from '../forms/fixtures';

// Sent on Friday 2026-11-20 at the event, synced on Saturday. 15 working days, skipping the
// 8 December holiday, end on Monday 2026-12-14.
const SENT_AT = '2026-11-20T10:00:00-05:00';
let clock = new Date('2026-11-21T15:00:00Z');
let server: AuthedServer;
beforeAll(async () => {
  server = await startAuthedServer({ now: () => clock });
});
afterAll(() => server.dispose());

type Inbox = { items: InboxItem[] };
type Item = { item: InboxItem };
const inbox = (query = '') => call<Inbox & ProblemBody>(server.url, 'GET', `/api/v1/escuchadero${query}`);
const act = (recordId: string, action: string, body: unknown) => call<Item & ProblemBody>(server.url, 'POST', `/api/v1/escuchadero/${recordId}/${action}`, body);
const status = (code: string) => call<StatusItem & ProblemBody>(server.url, 'GET', `/api/v1/escuchadero/status/${code}`);

async function send(answers = escuchaderoAnswers(), payload: Record<string, unknown> = {}, envelope: Record<string, unknown> = {}) {
  const record = escuchadero(answers, payload, { createdAt: SENT_AT, ...envelope });
  expect(statuses(await push(server.url, [record]))).toEqual(['accepted']);
  return { id: record.id, code: record.payload.trackingCode as string };
}

describe('escuchadero inbox', () => {
  it('shows a new entry with its tracking code, due date and waiting time', async () => {
    const anonymous = await send(escuchaderoAnswers({ tema: '3.1.2' }), { eventId: 'inbox-nuevo' });
    const withContact = await send(
      escuchaderoAnswers({ tipo: 'queja-reclamo', forma_respuesta: 'contacto', nombre: 'Luz Dary Gómez', medio_contacto: 'correo', correo: 'luz@example.co', autorizacion: { accepted: true, textVersion: 'escuchadero-2026-1' } }),
      { eventId: 'inbox-nuevo' },
    );
    clock = new Date('2026-11-23T15:00:00Z');

    const { status: code, body } = await inbox('?event=inbox-nuevo');
    expect(code).toBe(200);
    expect(body.items).toEqual([
      {
        recordId: anonymous.id,
        trackingCode: anonymous.code,
        eventId: 'inbox-nuevo',
        formVersion: 2,
        type: 'pregunta',
        topic: '3.1.2',
        territory: '03',
        text: escuchaderoAnswers().mensaje,
        status: 'received',
        receivedAt: SENT_AT,
        dueAt: '2026-12-14',
        workingDaysWaited: 1,
        overdue: false,
        publishConsent: false,
        published: false,
      },
      expect.objectContaining({
        recordId: withContact.id,
        type: 'queja-reclamo',
        topic: null,
        contact: { name: 'Luz Dary Gómez', via: 'correo', email: 'luz@example.co' },
      }),
    ]);
  });

  it('counts from the server arrival when the device clock is ahead, and flags entries past due', async () => {
    const ahead = await send(escuchaderoAnswers(), { eventId: 'inbox-reloj' }, { createdAt: '2027-03-01T10:00:00-05:00' });
    const onTime = await send(escuchaderoAnswers(), { eventId: 'inbox-reloj' });
    const [aheadItem] = (await inbox('?event=inbox-reloj')).body.items;
    expect(aheadItem).toMatchObject({ recordId: ahead.id, receivedAt: clock.toISOString() });

    clock = new Date('2026-12-15T15:00:00Z');
    const items = (await inbox('?event=inbox-reloj')).body.items;
    expect(items.find((i) => i.recordId === onTime.id)).toMatchObject({ dueAt: '2026-12-14', workingDaysWaited: 16, overdue: true });
    clock = new Date('2026-11-23T15:00:00Z');
  });

  it('filters by event, type, topic (a component finds its programmes), territory and status', async () => {
    const a = await send(escuchaderoAnswers({ tipo: 'propuesta', tema: '3.1.4', territorio: '07' }), { eventId: 'inbox-filtro' });
    const b = await send(escuchaderoAnswers({ tipo: 'pregunta', tema: '3.2.1', territorio: '07' }), { eventId: 'inbox-filtro' });
    const c = await send(escuchaderoAnswers({ tipo: 'propuesta', territorio: '60' }), { eventId: 'inbox-filtro' });
    const ids = async (query: string) => (await inbox(`?event=inbox-filtro&${query}`)).body.items.map((i) => i.recordId);

    expect(await ids('')).toEqual([a.id, b.id, c.id]);
    expect(await ids('type=propuesta')).toEqual([a.id, c.id]);
    expect(await ids('topic=3.1')).toEqual([a.id]);
    expect(await ids('topic=3.2.1')).toEqual([b.id]);
    expect(await ids('territory=07&type=propuesta')).toEqual([a.id]);
    await act(b.id, 'assign', { office: 'participacion' });
    expect(await ids('status=assigned')).toEqual([b.id]);
    expect(await ids('status=received')).toEqual([a.id, c.id]);

    const bad = await inbox('?status=olvidado');
    expect([bad.status, bad.body.code, fieldPaths(bad.body)]).toEqual([400, 'request.invalid', ['status']]);
  });

  it('assigns, answers and closes; the citizen reads the answer with the code as typed', async () => {
    const entry = await send(escuchaderoAnswers(), { eventId: 'inbox-ciclo' });
    const assigned = await act(entry.id, 'assign', { office: 'infraestructura' });
    expect(assigned.status).toBe(200);
    expect(assigned.body.item).toMatchObject({ status: 'assigned', office: 'infraestructura' });
    const reassigned = await act(entry.id, 'assign', { office: 'participacion' });
    expect(reassigned.body.item.office).toBe('participacion');

    expect((await status(entry.code)).body).toEqual({ trackingCode: entry.code, status: 'assigned', dueDate: '2026-12-14', commitments: [] });

    const answered = await act(entry.id, 'answer', { text: '  La obra termina en marzo de 2027.  ' });
    expect(answered.body.item).toMatchObject({ status: 'answered', answer: 'La obra termina en marzo de 2027.', answeredAt: clock.toISOString(), overdue: false });

    const typed = formatTrackingCode(entry.code).toLowerCase().replace('-', ' - ');
    const read = await status(encodeURIComponent(typed));
    expect(read.status).toBe(200);
    expect(read.body).toEqual({ trackingCode: entry.code, status: 'answered', dueDate: '2026-12-14', answer: 'La obra termina en marzo de 2027.', answeredAt: clock.toISOString(), commitments: [] });

    expect((await act(entry.id, 'close', {})).body.item).toMatchObject({ status: 'closed', answer: 'La obra termina en marzo de 2027.' });
    expect((await status(entry.code)).body.status).toBe('closed');
  });

  it('refuses invalid transitions and requests, changing nothing', async () => {
    const entry = await send(escuchaderoAnswers(), { eventId: 'inbox-errores' });
    const early = await act(entry.id, 'answer', { text: 'Respuesta sin asignar.' });
    expect([early.status, early.body.code]).toEqual([409, 'escuchadero.transition_invalid']);
    expect((await act(entry.id, 'close', {})).body.code).toBe('escuchadero.transition_invalid');

    const office = await act(entry.id, 'assign', { office: 'oficina-inventada' });
    expect([office.status, office.body.code, fieldPaths(office.body)]).toEqual([400, 'request.invalid', ['office']]);
    await act(entry.id, 'assign', { office: 'hacienda' });
    const blank = await act(entry.id, 'answer', { text: '   ' });
    expect([blank.status, fieldPaths(blank.body)]).toEqual([400, ['text']]);
    await act(entry.id, 'answer', { text: 'Respondida.' });
    expect((await act(entry.id, 'assign', { office: 'general' })).body.code).toBe('escuchadero.transition_invalid');
    expect((await act(entry.id, 'answer', { text: 'Otra respuesta.' })).body.code).toBe('escuchadero.transition_invalid');
    expect((await status(entry.code)).body).toMatchObject({ status: 'answered', answer: 'Respondida.' });

    expect((await act('01890000-0000-7000-8000-000000000000', 'assign', { office: 'hacienda' })).status).toBe(404);
  });

  it('stores and returns script-looking text verbatim, as JSON text', async () => {
    const attack = '<script>alert("x")</script> & <img src=x onerror=alert(1)> "comillas" \u2028';
    const entry = await send(escuchaderoAnswers({ mensaje: attack }), { eventId: 'inbox-xss' });
    const list = await inbox('?event=inbox-xss');
    expect(list.headers.get('content-type')).toMatch(/^application\/json/);
    expect(list.body.items[0]!.text).toBe(attack.trim());
    await act(entry.id, 'assign', { office: 'general' });
    await act(entry.id, 'answer', { text: '<b onmouseover="robar()">respuesta</b>' });
    expect((await status(entry.code)).body.answer).toBe('<b onmouseover="robar()">respuesta</b>');
  });
});

describe('escuchadero status for citizens and devices', () => {
  it('answers 404 for an unknown code and 400 for one that cannot be a code', async () => {
    const unknown = await status('ACDE-FHJK');
    expect([unknown.status, unknown.body.code]).toEqual([404, 'escuchadero.not_found']);
    const malformed = await status('OOOO-0000');
    expect([malformed.status, malformed.body.code]).toEqual([400, 'escuchadero.tracking_code_invalid']);
  });

  it('answers a device batch with the codes it knows, in one call', async () => {
    const first = await send(escuchaderoAnswers(), { eventId: 'estado-lote' });
    const second = await send(escuchaderoAnswers(), { eventId: 'estado-lote' });
    await act(second.id, 'assign', { office: 'general' });
    const batch = await call<{ items: StatusItem[] } & ProblemBody>(server.url, 'POST', '/api/v1/escuchadero/status', {
      codes: [formatTrackingCode(first.code).toLowerCase(), second.code, 'ACDE-FHJK', first.code],
    });
    expect(batch.status).toBe(200);
    expect(batch.body.items.map((i) => [i.trackingCode, i.status])).toEqual([
      [first.code, 'received'],
      [second.code, 'assigned'],
    ]);

    const bad = await call<ProblemBody>(server.url, 'POST', '/api/v1/escuchadero/status', { codes: [first.code, 'no es un código'] });
    expect([bad.status, fieldPaths(bad.body)]).toEqual([400, ['codes.1']]);
    const tooMany = await call<ProblemBody>(server.url, 'POST', '/api/v1/escuchadero/status', { codes: Array(51).fill(first.code) });
    expect(tooMany.status).toBe(400);
  });
});
