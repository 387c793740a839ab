import type { Browser, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { newPhonePage } from '../../support/browser';
import { commitmentOf } from '../../support/commitment-fixtures';
import { eventDraft, newEventId } from '../../server/events/fixtures';
import { expectNoAxeViolations, fillEscuchadero, makeLink, shownTrackingCode, submitForm, waitForForm } from '../forms/forms-page';
import { adminOf, signInPage, type E2eServer } from '../support/enroll-page';
import { serverAndBrowser } from '../support/server-and-browser';

const SHOTS = '/work/shots/commit-office';
const EVENT_NAME = 'Audiencia pública de rendición de cuentas — Manrique';
const ANSWER = 'La Secretaría de Infraestructura pavimentará la calle 71 antes de junio de 2027. El contrato ya está firmado.';

/** The planning office on a phone (390×844), signed in as planeación. */
async function officePhone(browser: Browser, server: E2eServer): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 1, isMobile: true, hasTouch: true, locale: 'es-CO' });
  await signInPage(context, server, 'planeacion');
  return context.newPage();
}

describe('commitments, the office side', () => {
  const live = serverAndBrowser('commitments');

  it('planeación makes a commitment from an answered question, reports progress, and the citizen sees it with its status', async () => {
    const admin = await adminOf(live.server);
    const api = (method: string, path: string, body: unknown) => fetch(`${live.server.url}${path}`, { method, headers: admin.headers(), body: JSON.stringify(body) });
    const eventId = newEventId('compromisos');
    expect((await api('POST', '/api/v1/events', { id: eventId, ...eventDraft({ name: EVENT_NAME }) })).status).toBe(201);
    // An older commitment of the same event, already past its date: the list must flag it in words.
    const late = commitmentOf({ eventId, title: 'Instalar luminarias en el parque de Manrique Central', dueDate: '2026-11-30', territory: '03', topic: '3.4' });
    expect((await api('POST', '/api/v1/commitments', late)).status).toBe(201);

    // A citizen asks a question from the event's poster link, on their own phone.
    const link = await makeLink(live.server, 'escuchadero', eventId);
    const citizen = await newPhonePage(live.browser);
    await citizen.goto(live.server.url + link.path);
    await waitForForm(citizen, 'Escuchadero de rendición de cuentas');
    await fillEscuchadero(citizen, '¿Cuándo van a pavimentar la calle 71 del barrio Manrique?');
    await submitForm(citizen);
    const code = await shownTrackingCode(citizen);
    await citizen.getByTestId('record-sync').and(citizen.locator('[data-state="synced"]')).waitFor({ timeout: 30_000 });

    // The office assigns and answers it in the inbox, then makes a commitment from the answer.
    const office = await officePhone(live.browser, live.server);
    await office.goto(`${live.server.url}/escuchadero`);
    const item = office.locator(`[data-testid="inbox-item"][data-code="${code}"]`);
    await item.getByLabel('Dependencia').selectOption('infraestructura');
    await item.getByRole('button', { name: 'Asignar' }).click();
    await item.getByLabel('Respuesta a la ciudadanía').fill(ANSWER);
    await item.getByRole('button', { name: 'Responder y marcar como respondido' }).click();
    await item.getByTestId('create-commitment').click();

    await office.getByRole('heading', { level: 1, name: 'Nuevo compromiso' }).waitFor();
    await office.getByTestId('commitment-question').getByText(ANSWER).waitFor();
    const title = office.getByLabel('Compromiso', { exact: true });
    await expect.poll(() => title.inputValue()).toBe('La Secretaría de Infraestructura pavimentará la calle 71 antes de junio de 2027.');
    // Pre-filled from the case: its office, topic and territory; the event by its name.
    expect(await office.getByLabel('Dependencia responsable').inputValue()).toBe('infraestructura');
    expect(await office.getByLabel('Tema del plan de desarrollo').inputValue()).toBe('3.4');
    expect(await office.getByLabel('Comuna o corregimiento').inputValue()).toBe('03');
    expect(await office.getByLabel('Evento').locator('option:checked').textContent()).toBe(EVENT_NAME);

    // Field-by-field Spanish errors: a too-short title and no due date.
    await title.fill('Via');
    await office.getByRole('button', { name: 'Guardar compromiso' }).click();
    await office.getByText('Escriba el compromiso (5 caracteres o más).').waitFor();
    await office.getByText('Elija la fecha de cumplimiento (día, mes y año).').waitFor();
    expect(await title.getAttribute('aria-invalid')).toBe('true');
    await office.screenshot({ path: `${SHOTS}/form-errors-390.png`, fullPage: true });

    await title.fill('Pavimentar la calle 71 del barrio Manrique');
    await office.getByLabel('Fecha de cumplimiento').fill('2027-06-30');
    await office.getByTestId('commitment-due-echo').getByText('Fecha elegida: 30 de junio de 2027.').waitFor();
    await office.screenshot({ path: `${SHOTS}/form-390.png`, fullPage: true });
    await expectNoAxeViolations(office, 'new commitment form');
    await office.getByRole('button', { name: 'Guardar compromiso' }).click();

    // The commitment's page: pending, then a progress report makes it "En curso" at 40 %.
    await office.getByTestId('commitment-title').getByText('Pavimentar la calle 71 del barrio Manrique').waitFor();
    expect(await office.getByTestId('commitment-status').first().textContent()).toContain('Pendiente');
    await office.getByLabel('Porcentaje de avance').fill('40');
    await office.getByLabel('Qué se hizo').fill('Contrato firmado y obra iniciada en el primer tramo.');
    await office.getByLabel('Enlace a la evidencia (opcional)').fill('https://www.secop.gov.co/contrato/123');
    await office.getByRole('button', { name: 'Guardar avance' }).click();
    await office.getByText('Avance guardado.').waitFor();
    await expect.poll(() => office.getByTestId('commitment-status').first().textContent()).toContain('En curso');
    await office.getByTestId('commitment-updates').getByText('Contrato firmado y obra iniciada en el primer tramo.').waitFor();
    // The audit history, by name: who created it and who reported the progress.
    const history = office.getByTestId('commitment-history');
    await history.getByText(/creó el compromiso/).waitFor();
    await history.getByText(/reportó un avance \(En curso, 40 %\)/).waitFor();
    expect(await history.textContent()).toContain('Persona planeacion');
    await office.screenshot({ path: `${SHOTS}/commitment-page-390.png`, fullPage: true });
    await expectNoAxeViolations(office, 'commitment page');

    // The list across events: names, never ids; the overdue one flagged in words.
    await office.goto(`${live.server.url}/compromisos`);
    await office.getByTestId('commitments-count').getByText('Compromisos: 2').waitFor();
    const lateCard = office.locator(`[data-testid="commitment-card"][data-id="${late.id}"]`);
    expect(await lateCard.getByTestId('commitment-status').textContent()).toContain('Vencido');
    await lateCard.getByText(/Venció el 30 de noviembre de 2026/).waitFor();
    expect(await office.locator('main').textContent()).toContain(EVENT_NAME);
    expect(await office.locator('main').textContent()).not.toContain(eventId);
    await office.screenshot({ path: `${SHOTS}/list-390.png`, fullPage: true });
    await expectNoAxeViolations(office, 'commitments list');
    await office.getByRole('button', { name: 'Ver solo los vencidos' }).click();
    await office.getByTestId('commitments-count').getByText('Compromisos: 1').waitFor();

    // The event's own page lists its commitments too.
    await office.goto(`${live.server.url}/eventos/${encodeURIComponent(eventId)}`);
    await office.getByTestId('event-commitments').locator('[data-testid="commitment-card"]').nth(1).waitFor();
    expect(await office.getByTestId('event-commitments').locator('[data-testid="commitment-card"]').count()).toBe(2);

    // From the prioritisation's results: a commitment on a prioritised topic, its topic already chosen.
    await office.goto(`${live.server.url}/formularios/priorizacion-temas/resultados/${encodeURIComponent(eventId)}`);
    await office.getByText('Crear un compromiso sobre un tema priorizado').click();
    await office.getByRole('link', { name: /^Crear compromiso: / }).first().click();
    await office.getByRole('heading', { level: 1, name: 'Nuevo compromiso' }).waitFor();
    await office.getByText(/Compromiso sobre el tema priorizado «/).waitFor();
    expect(await office.getByLabel('Tema del plan de desarrollo').inputValue()).not.toBe('');
    await expect.poll(() => office.getByLabel('Evento').locator('option:checked').textContent()).toBe(EVENT_NAME);

    // The period dashboard: commitments made, fulfilled on time, overdue; questions answered within 15 working days.
    await office.goto(`${live.server.url}/informes?desde=2026-01-01&hasta=2026-12-31`);
    const section = office.locator('[data-testid="report-section"][data-section="commitments"]');
    await section.waitFor();
    const fact = (label: string) => section.locator('.rpt-facts__item', { has: office.getByText(label, { exact: true }) }).locator('dd');
    expect(await fact('Compromisos adquiridos').textContent()).toBe('2');
    expect(await fact('Cumplidos a tiempo').textContent()).toBe('0');
    expect(await fact('Vencidos').textContent()).toBe('1');
    const escuchadero = office.locator('[data-testid="report-section"][data-section="escuchadero"]');
    expect(await escuchadero.locator('.rpt-facts__item', { has: office.getByText('Respondidas dentro de 15 días hábiles', { exact: true }) }).locator('dd').textContent()).toBe('1');
    await section.screenshot({ path: `${SHOTS}/dashboard-commitments-390.png` });

    // "Mis preguntas" on the citizen's phone: the commitment and its status, after a check.
    await citizen.goto(`${live.server.url}/seguimiento`);
    const card = citizen.locator(`[data-testid="tracked-code"][data-code="${code}"]`);
    await card.waitFor();
    await citizen.getByRole('button', { name: 'Consultar ahora' }).click();
    const tracked = card.getByTestId('tracked-commitment');
    await tracked.getByText('Pavimentar la calle 71 del barrio Manrique').waitFor();
    expect(await tracked.getByTestId('commitment-status').textContent()).toContain('En curso');
    expect(await tracked.textContent()).toContain('Secretaría de Infraestructura Física');
    expect(await tracked.textContent()).toContain('40 % de avance');
    await citizen.screenshot({ path: `${SHOTS}/tracking-390.png`, fullPage: true });
  });
});
