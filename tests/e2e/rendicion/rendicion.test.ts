import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { newPhonePage } from '../../support/browser';
import { commitmentOf, updateOf } from '../../support/commitment-fixtures';
import { escuchadero, escuchaderoAnswers } from '../../server/forms/fixtures';
import { eventDraft } from '../../server/events/fixtures';
import { adminOf, type E2eServer } from '../support/enroll-page';
import { expectNoAxeViolations, fillEscuchadero, makeLink, newDeskPage, shownTrackingCode, submitForm, waitForForm } from '../forms/forms-page';
import { serverAndBrowser } from '../support/server-and-browser';

const SHOTS = '/work/shots/rendicion';
const PAST = 'rendicion-atril-comuna-3';
const UPCOMING = 'rendicion-audiencia-2027';
const QUESTION = '¿Cuándo arreglan el alumbrado del parque de Manrique?';
const ANSWER = 'El alumbrado se cambia en febrero de 2027 con recursos del presupuesto participativo.';
const COMMITMENT = 'Cambiar las luminarias del parque de Manrique';

/** A JSON call as the administrator (setting up what other tests already cover through screens). */
async function asAdmin(server: E2eServer, method: string, path: string, body?: unknown): Promise<Response> {
  const admin = await adminOf(server);
  const response = await fetch(`${server.url}${path}`, { method, headers: admin.headers(), body: body === undefined ? undefined : JSON.stringify(body) });
  if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`);
  return response;
}

async function inboxItem(desk: Page, code: string) {
  const item = desk.locator(`[data-testid="inbox-item"][data-code="${code}"]`);
  await item.waitFor();
  return item;
}

describe('/rendicion: planning publishes, a citizen reads it without a session, also offline', () => {
  const live = serverAndBrowser('rendicion');

  it('publishes an event and an answer, shows them with a commitment, hides the rest, and keeps the page offline', async () => {
    const server = live.server;
    await asAdmin(server, 'POST', '/api/v1/events', { id: PAST, ...eventDraft({ status: 'closed' }) });
    await asAdmin(server, 'POST', '/api/v1/events', {
      id: UPCOMING,
      ...eventDraft({ name: 'Audiencia pública de rendición de cuentas 2027', startsAt: '2027-03-10T09:00:00-05:00', endsAt: '2027-03-10T12:00:00-05:00', status: 'planned', lscInterpreterBooked: true }),
    });

    // A citizen asks on the escuchadero form and says yes to publishing it (the answer starts at "No").
    const link = await makeLink(server, 'escuchadero', PAST);
    const phone = await newPhonePage(live.browser);
    await phone.goto(server.url + link.path);
    await waitForForm(phone, 'Escuchadero de rendición de cuentas');
    await fillEscuchadero(phone, QUESTION);
    const consent = phone.getByRole('group', { name: /Autoriza publicar su pregunta/ });
    expect(await consent.getByRole('radio', { name: 'No' }).isChecked()).toBe(true);
    await consent.getByRole('radio', { name: 'Sí' }).check();
    await submitForm(phone);
    const code = await shownTrackingCode(phone);
    const inboxCodes = async () =>
      ((await (await asAdmin(server, 'GET', `/api/v1/escuchadero?event=${PAST}`)).json()) as { items: { recordId: string; trackingCode: string }[] }).items;
    // The phone sends it by itself when online; the page closes once the server has it.
    await expect.poll(async () => (await inboxCodes()).some((i) => i.trackingCode === code), { timeout: 30_000 }).toBe(true);
    await phone.context().close();

    // Another question, whose author did not allow publishing it (sent as a device would).
    const refused = escuchadero(escuchaderoAnswers({ mensaje: 'Pregunta que no se autorizó publicar.', publicar: false }), { eventId: PAST });
    await asAdmin(server, 'POST', '/api/v1/sync', { deviceId: refused.deviceId, records: [refused] });

    // Planning answers both in the inbox, and publishes the one it may.
    const desk = await newDeskPage(live.browser, server);
    await desk.goto(`${server.url}/escuchadero`);
    const asked = await inboxItem(desk, code);
    await expect.poll(() => asked.getByText(QUESTION).isVisible(), { timeout: 30_000 }).toBe(true);
    await asked.getByLabel('Dependencia').selectOption('infraestructura');
    await asked.getByRole('button', { name: 'Asignar' }).click();
    await asked.getByTestId('inbox-status').getByText(/^Asignado/).waitFor();
    await asked.getByLabel('Respuesta a la ciudadanía').fill(ANSWER);
    await asked.getByRole('button', { name: 'Responder y marcar como respondido' }).click();
    await asked.getByTestId('inbox-status').getByText(/^Respondido/).waitFor();
    const publishAnswer = asked.getByRole('checkbox', { name: /Publicar esta pregunta y su respuesta/ });
    await publishAnswer.check();
    await asked.getByText(/^Publicado: cualquier persona lo ve/).waitFor();
    expect(await publishAnswer.isChecked()).toBe(true);
    await asked.screenshot({ path: `${SHOTS}/office-inbox-publish.png` });

    await asAdmin(server, 'POST', `/api/v1/escuchadero/${refused.id}/assign`, { office: 'infraestructura' });
    await asAdmin(server, 'POST', `/api/v1/escuchadero/${refused.id}/answer`, { text: 'Respuesta a una pregunta privada.' });
    await desk.reload();
    const other = await inboxItem(desk, refused.payload.trackingCode as string);
    await other.getByTestId('no-publish-consent').waitFor();
    expect(await other.getByRole('checkbox').count()).toBe(0);
    await expectNoAxeViolations(desk, 'bandeja con publicación');

    // A commitment from the answered question, with progress (its screens are another feature's).
    const entryId = (await inboxCodes()).find((i) => i.trackingCode === code)!.recordId;
    const commitment = commitmentOf({ eventId: PAST, title: COMMITMENT, territory: '03', origin: { kind: 'escuchadero', entryId } });
    await asAdmin(server, 'POST', '/api/v1/commitments', commitment);
    await asAdmin(server, 'POST', `/api/v1/commitments/${commitment.id}/updates`, updateOf(commitment.id, { percent: 60, text: 'Luminarias compradas; instalación en curso.' }));

    // Planning publishes the past event from its page; the upcoming one too.
    await desk.goto(`${server.url}/eventos/${PAST}`);
    const publishEvent = desk.getByRole('checkbox', { name: /Publicar este evento en \/rendicion/ });
    await publishEvent.check();
    await desk.getByText(/^Publicado: cualquier persona lo ve/).waitFor();
    await expectNoAxeViolations(desk, 'evento con publicación');
    await desk.screenshot({ path: `${SHOTS}/office-event-publish.png`, fullPage: true });
    await asAdmin(server, 'PUT', `/api/v1/events/${UPCOMING}/publication`, { published: true });
    await desk.context().close();

    // A citizen's phone, no session: the page at 390×844.
    const context = await live.browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true, locale: 'es-CO', serviceWorkers: 'allow' });
    const citizen = await context.newPage();
    const first = await citizen.goto(`${server.url}/rendicion`);
    expect(first?.status()).toBe(200);
    await citizen.getByRole('heading', { level: 1, name: 'Rendición de cuentas' }).waitFor();
    const upcoming = citizen.getByRole('region', { name: 'Próximos eventos' });
    await upcoming.getByRole('heading', { name: 'Audiencia pública de rendición de cuentas 2027' }).waitFor();
    expect(await upcoming.getByRole('link', { name: /Inscribirse/ }).getAttribute('href')).toBe(`/eventos/${UPCOMING}/inscripcion`);
    await citizen.getByRole('region', { name: 'Eventos realizados' }).getByRole('link', { name: /Atril a la comuna 3/ }).waitFor();
    await citizen.getByRole('region', { name: 'Preguntas respondidas' }).getByText(QUESTION).waitFor();
    await citizen.getByRole('region', { name: 'Preguntas respondidas' }).getByText(ANSWER).waitFor();
    const commitments = citizen.getByRole('region', { name: 'Compromisos' });
    await commitments.getByText(COMMITMENT).waitFor();
    await commitments.getByText(/En curso · Avance: 60 %/).waitFor();
    expect(await citizen.content()).not.toContain('Pregunta que no se autorizó publicar.');
    expect(await citizen.content()).not.toContain(code);
    await expectNoAxeViolations(citizen, '/rendicion');
    await citizen.screenshot({ path: `${SHOTS}/rendicion-phone.png` });
    await citizen.screenshot({ path: `${SHOTS}/rendicion-phone-full.png`, fullPage: true });

    // Filters work without JavaScript: a plain GET form.
    await commitments.getByLabel('Comuna o corregimiento').selectOption('80');
    await commitments.getByRole('button', { name: 'Filtrar' }).click();
    await citizen.getByText('No hay compromisos publicados con estos filtros.').waitFor();
    expect(citizen.url()).toContain('territorio=80');

    // The memoria of the past event, and English.
    await citizen.goto(`${server.url}/rendicion/eventos/${PAST}`);
    await citizen.getByRole('heading', { level: 2, name: 'Cifras clave' }).waitFor();
    await citizen.getByText(COMMITMENT).waitFor();
    await citizen.getByText(QUESTION).waitFor();
    await expectNoAxeViolations(citizen, 'memoria');
    await citizen.screenshot({ path: `${SHOTS}/memoria-phone.png`, fullPage: true });
    await citizen.goto(`${server.url}/rendicion?lang=en`);
    await citizen.getByRole('heading', { level: 1, name: 'Accountability' }).waitFor();
    expect(await citizen.locator('html').getAttribute('lang')).toBe('en-GB');
    await expectNoAxeViolations(citizen, '/rendicion in English');
    await citizen.screenshot({ path: `${SHOTS}/rendicion-phone-en.png` });

    // What was not published is not there: 404, as for a wrong address.
    expect((await citizen.goto(`${server.url}/rendicion/preguntas/${refused.id}`))?.status()).toBe(404);
    await citizen.getByRole('heading', { level: 1, name: 'Página no encontrada' }).waitFor();
    expect((await fetch(`${server.url}/api/v1/public/answers/${refused.id}`)).status).toBe(404);
    expect((await fetch(`${server.url}/robots.txt`).then((r) => r.text()))).toMatch(/Allow: \/rendicion/);

    // Offline after one visit: the worker is installed from the page, and the page kept.
    await citizen.goto(`${server.url}/rendicion`);
    await citizen.waitForFunction(async () => (await navigator.serviceWorker.ready).active?.state === 'activated', undefined, { timeout: 60_000 });
    await citizen.waitForFunction(async () => (await caches.match('/rendicion')) !== undefined, undefined, { timeout: 30_000 });
    await context.setOffline(true);
    await citizen.reload();
    await citizen.getByRole('region', { name: 'Compromisos' }).getByText(COMMITMENT).waitFor();
    await citizen.getByText(QUESTION).waitFor();
    await citizen.screenshot({ path: `${SHOTS}/rendicion-phone-offline.png` });
    await context.close();
  });
});
