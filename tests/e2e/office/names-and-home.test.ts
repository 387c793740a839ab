import type { Browser, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { bogotaToday } from '../../../src/core/time';
import type { StaffSession } from '../../support/auth-bootstrap';
import { expectNoAxeViolations } from '../forms/forms-page';
import { adminOf, signInPage } from '../support/enroll-page';
import { serverAndBrowser } from '../support/server-and-browser';

const SHOTS = '/work/shots/names';

/** A phone-sized page (390×844, the screenshots' size) in a fresh profile. */
async function phonePage(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 1, isMobile: true, hasTouch: true, locale: 'es-CO', serviceWorkers: 'allow' });
  return context.newPage();
}

async function createEvent(base: string, staff: StaffSession, over: Record<string, unknown>): Promise<void> {
  const response = await fetch(`${base}/api/v1/events`, {
    method: 'POST',
    headers: { ...staff.headers(), 'content-type': 'application/json' },
    body: JSON.stringify({
      type: 'atril_territorial',
      murcStage: 'ejecucion',
      responsibleOffice: 'planeacion',
      territory: '03',
      modality: 'presencial',
      expectedAttendance: 150,
      topics: [],
      lscInterpreterBooked: false,
      status: 'open',
      ...over,
    }),
  });
  if (response.status !== 201) throw new Error(`POST /events ${response.status}: ${await response.text()}`);
}

// Today and in a week on Bogotá's calendar, whatever day the test runs.
const today = bogotaToday(Date.now());
const nextWeek = bogotaToday(Date.now() + 7 * 24 * 3600 * 1000);
const TODAY_EVENT = { id: 'atril-hoy-e2e', name: 'Atril de hoy en Manrique', startsAt: `${today}T00:30:00-05:00`, endsAt: `${today}T23:30:00-05:00`, place: 'Coliseo de Manrique' };
const LATER_EVENT = { id: 'dialogo-semana-e2e', name: 'Diálogo ciudadano de Robledo', startsAt: `${nextWeek}T09:00:00-05:00`, endsAt: `${nextWeek}T12:00:00-05:00`, place: 'Biblioteca de Robledo' };

describe('names instead of ids, and a home per role (issue 13)', () => {
  const live = serverAndBrowser('names');

  it("home shows today's event first for staff, with the door; the menu is trimmed per role", async () => {
    const admin = await adminOf(live.server);
    await createEvent(live.server.url, admin, LATER_EVENT);
    await createEvent(live.server.url, admin, TODAY_EVENT);

    const page = await phonePage(live.browser);
    await signInPage(page.context(), live.server, 'planeacion');
    await page.goto(live.server.url);
    await page.getByRole('heading', { level: 1, name: 'Inicio' }).waitFor();
    const todays = page.getByTestId('home-today').getByTestId('home-event');
    await todays.first().waitFor();
    expect(await todays.count()).toBe(1);
    await todays.getByRole('link', { name: TODAY_EVENT.name }).waitFor();
    await todays.getByText(TODAY_EVENT.place, { exact: false }).waitFor();
    await todays.getByRole('link', { name: 'Abrir la puerta' }).waitFor();
    await page.getByTestId('home-upcoming').getByText(LATER_EVENT.name).waitFor();
    expect(await page.getByText('Registro de asistencia').count()).toBe(0);
    await page.getByRole('navigation', { name: 'Secciones' }).getByRole('link', { name: 'Escuchadero' }).waitFor();
    await expectNoAxeViolations(page, '/ (planeación)');
    await page.screenshot({ path: `${SHOTS}/home-planeacion.png`, fullPage: true });

    // Consulta reads reports: no door, no office menu.
    const reader = await phonePage(live.browser);
    await signInPage(reader.context(), live.server, 'consulta');
    await reader.goto(live.server.url);
    const readerCard = reader.getByTestId('home-today').getByTestId('home-event');
    await readerCard.getByRole('link', { name: 'Ver informe' }).waitFor();
    expect(await readerCard.getByRole('link', { name: 'Abrir la puerta' }).count()).toBe(0);
    const nav = reader.getByRole('navigation', { name: 'Secciones' });
    await nav.getByRole('link', { name: 'Informes' }).waitFor();
    expect(await nav.getByRole('link', { name: 'Escuchadero' }).count()).toBe(0);
    expect(await nav.getByRole('link', { name: 'Formularios' }).count()).toBe(0);
    await reader.screenshot({ path: `${SHOTS}/home-consulta.png`, fullPage: true });
  });

  it('enrolls a phone by picking an event from the list; the phone and the device list show its name', async () => {
    const desk = await phonePage(live.browser);
    await signInPage(desk.context(), live.server, 'administrador');
    await desk.goto(`${live.server.url}/administracion/dispositivos`);
    await desk.getByLabel('Nombre del dispositivo').fill('Puerta de Manrique');
    const picker = desk.getByTestId('event-picker');
    // Today's event comes first, before next week's.
    await picker.getByText(LATER_EVENT.name).waitFor();
    const names = await picker.locator('strong').allTextContents();
    expect(names.indexOf(TODAY_EVENT.name)).toBeLessThan(names.indexOf(LATER_EVENT.name));
    await desk.getByLabel('Buscar un evento por nombre').fill('manrique');
    expect(await picker.locator('li').count()).toBe(1);
    await picker.getByRole('checkbox', { name: new RegExp(TODAY_EVENT.name) }).check();
    await desk.getByTestId('event-picker-summary').getByText('Eventos marcados: 1').waitFor();
    await expectNoAxeViolations(desk, '/administracion/dispositivos (elegir eventos)');
    await desk.screenshot({ path: `${SHOTS}/enrollment-pick.png`, fullPage: true });
    await desk.getByRole('button', { name: 'Mostrar el código QR' }).click();
    const enrollUrl = (await desk.getByTestId('enrollment-url').textContent()) ?? '';
    expect(enrollUrl).toContain('/enrolar#token=');

    const phone = await phonePage(live.browser);
    await phone.goto(enrollUrl);
    const done = phone.getByTestId('enroll-done');
    await done.getByText(`Eventos: ${TODAY_EVENT.name}`, { exact: false }).waitFor({ timeout: 30_000 });
    expect(await done.textContent()).not.toContain(TODAY_EVENT.id);
    await phone.screenshot({ path: `${SHOTS}/enrollment-done.png`, fullPage: true });
    // The door phone's home: its event today, the door; not next week's event it was not enrolled for, no office menu.
    await phone.goto(live.server.url);
    const phoneToday = phone.getByTestId('home-today').getByTestId('home-event');
    await phoneToday.getByRole('link', { name: 'Abrir la puerta' }).waitFor();
    await phone.getByTestId('home-upcoming-empty').waitFor();
    const phoneNav = phone.getByRole('navigation', { name: 'Secciones' });
    await phoneNav.getByRole('link', { name: 'Eventos' }).waitFor();
    expect(await phoneNav.getByRole('link', { name: 'Formularios' }).count()).toBe(0);
    expect(await phoneNav.getByRole('link', { name: 'Administración' }).count()).toBe(0);
    await phone.screenshot({ path: `${SHOTS}/home-campo.png`, fullPage: true });

    await desk.getByRole('button', { name: 'Ocultar el código' }).click();
    await desk.getByRole('button', { name: 'Actualizar la lista' }).click();
    const card = desk.locator('[data-testid="device"]').filter({ hasText: 'Puerta de Manrique' });
    await card.getByText(`Eventos: ${TODAY_EVENT.name}`).waitFor();
    // Renamed in place.
    await card.getByRole('button', { name: 'Cambiar el nombre de Puerta de Manrique' }).click();
    await card.getByLabel('Nombre del dispositivo').fill('Puerta norte de Manrique');
    await card.getByRole('button', { name: 'Guardar el nombre' }).click();
    await desk.locator('[data-testid="device"]').filter({ hasText: 'Puerta norte de Manrique' }).getByRole('heading', { name: 'Puerta norte de Manrique' }).waitFor();
  });

  it("the public registration page shows the event's name, date and place without a session", async () => {
    const citizen = await phonePage(live.browser);
    await citizen.goto(`${live.server.url}/eventos/${TODAY_EVENT.id}/inscripcion`);
    const heading = citizen.getByTestId('registration-event');
    await heading.getByText(TODAY_EVENT.name).waitFor();
    await heading.getByText(TODAY_EVENT.place, { exact: false }).waitFor();
    expect(await heading.textContent()).not.toContain(TODAY_EVENT.id);
    expect((await citizen.context().cookies()).find((c) => c.name === 'cabildo_session')).toBeUndefined();
    await citizen.screenshot({ path: `${SHOTS}/registration-public.png` });
  });

  it("a form's results page names the form and the event, not their ids", async () => {
    const page = await phonePage(live.browser);
    await signInPage(page.context(), live.server, 'planeacion');
    await page.goto(`${live.server.url}/formularios/evaluacion-audiencia/resultados/${TODAY_EVENT.id}`);
    await page.getByRole('heading', { level: 1, name: 'Resultados: Evaluación de la audiencia pública de rendición de cuentas' }).waitFor();
    const event = page.getByTestId('results-event');
    await event.getByText(`Evento: ${TODAY_EVENT.name}`).waitFor();
    await event.getByText(TODAY_EVENT.place, { exact: false }).waitFor();
    expect(await page.locator('main').textContent()).not.toMatch(/evaluacion-audiencia|atril-hoy-e2e/);
  });

  it('an empty event form answers in plain Spanish per field, and the office can switch to English', async () => {
    const page = await phonePage(live.browser);
    await signInPage(page.context(), live.server, 'planeacion');
    await page.goto(`${live.server.url}/eventos/nuevo`);
    await page.getByRole('button', { name: 'Guardar' }).click();
    await page.getByText('Escriba la fecha y la hora de inicio.').waitFor();
    await page.getByText('Escriba la fecha y la hora de fin.').waitFor();
    expect(await page.locator('main').textContent()).not.toMatch(/ISO 8601|zona horaria/);
    expect(await page.locator('#event-starts').getAttribute('lang')).toBe('es-CO');
    expect(await page.locator('#event-starts').getAttribute('type')).toBe('date');
    await expectNoAxeViolations(page, '/eventos/nuevo con errores');
    await page.screenshot({ path: `${SHOTS}/event-form-errors.png`, fullPage: true });

    await page.locator('#event-starts').fill(today);
    await page.locator('#event-starts-time').fill('09:30');
    // Whatever the browser's own format for the native input, the choice is read back in es-CO words.
    await page.getByTestId('event-starts-words').getByText(/^[a-záéíóú]+, \d{1,2} de [a-z]+ de \d{4}, 9:30/).waitFor();
    await page.screenshot({ path: `${SHOTS}/event-form-date.png` });

    await page.getByTestId('office-language').click();
    await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Events' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    await page.getByTestId('office-language').getByText('Español').waitFor();
    // The field messages follow the reader's language too.
    await page.getByText('Check the event name (3 to 200 characters).').waitFor();
    expect(await page.getByText('Escriba la fecha y la hora de fin.').count()).toBe(0);
    await page.screenshot({ path: `${SHOTS}/event-form-english.png` });
  });
});
