import { describe, expect, it } from 'vitest';
import { newPhonePage } from '../../support/browser';
import { countRows } from '../../server/support/sqlite-file';
import { eventDraft, newEventId } from '../../server/events/fixtures';
import { adminOf } from '../support/enroll-page';
import { fillEscuchadero, fillEvaluation, makeLink, newDeskPage, shownTrackingCode, submitForm, waitForForm } from './forms-page';
import { serverAndBrowser } from '../support/server-and-browser';

const EVALUATION = 'Evaluación de la audiencia pública de rendición de cuentas';
const ESCUCHADERO = 'Escuchadero de rendición de cuentas';

describe("the citizen's form is safe by default", () => {
  const live = serverAndBrowser('citizen-safety');

  it('refuses a second evaluation from the same phone, saying why, and counts one', async () => {
    const eventId = 'audiencia-una-vez-2026';
    const link = await makeLink(live.server, 'evaluacion-audiencia', eventId, null); // the office left the default
    const phone = await newPhonePage(live.browser);
    await phone.goto(live.server.url + link.path);
    await waitForForm(phone, EVALUATION);
    await fillEvaluation(phone);
    await submitForm(phone);
    await phone.getByTestId('record-sync').and(phone.locator('[data-state="synced"]')).waitFor({ timeout: 30_000 });

    await phone.getByRole('button', { name: 'Enviar otra respuesta' }).click();
    await waitForForm(phone, EVALUATION);
    await fillEvaluation(phone);
    await submitForm(phone);
    const refused = phone.getByTestId('record-sync').and(phone.locator('[data-state="attention"]'));
    await refused.waitFor({ timeout: 30_000 });
    expect(await refused.textContent()).toContain('Ya hay una respuesta de esta persona (o de este dispositivo) a este formulario en este evento');
    expect(countRows(live.dataDir, 'records', `kind = 'form.submission' and json_extract(payload, '$.eventId') = '${eventId}'`)).toBe(1);
  });

  it('shows a long answer’s limit before it is reached, and keeps a paste over it whole instead of cutting it', async () => {
    const link = await makeLink(live.server, 'escuchadero', 'audiencia-contador-2026');
    const phone = await newPhonePage(live.browser);
    await phone.goto(live.server.url + link.path);
    await waitForForm(phone, ESCUCHADERO);
    const counter = phone.getByTestId('length-counter');
    expect(await counter.textContent()).toBe('0 de 2.000 caracteres');
    const message = phone.getByLabel(/Escriba su mensaje/);
    expect((await message.getAttribute('aria-describedby'))?.split(' ')).toContain(await counter.getAttribute('id'));

    await fillEscuchadero(phone, 'a'.repeat(1_990));
    expect(await counter.textContent()).toBe('1.990 de 2.000 caracteres');

    await message.fill('b'.repeat(20_000)); // what a paste does
    expect((await message.inputValue()).length).toBe(20_000);
    await phone.locator('[data-testid="length-counter"][data-over="true"]').waitFor();
    expect(await counter.textContent()).toContain('sobran 18.000');
    await phone.getByRole('button', { name: 'Enviar', exact: true }).click();
    await phone.getByText(/demasiado larga \(máximo 2000 caracteres\)/).first().waitFor();
    expect(await phone.getByTestId('form-done').count()).toBe(0);

    await message.fill('c'.repeat(2_000));
    await submitForm(phone);
    await phone.getByTestId('record-sync').and(phone.locator('[data-state="synced"]')).waitFor({ timeout: 30_000 });
  });

  it('shows a message with direction overrides as written but inert in the inbox and the memoria', async () => {
    const admin = await adminOf(live.server);
    const eventId = newEventId('audiencia-rlo');
    const created = await fetch(`${live.server.url}/api/v1/events`, { method: 'POST', headers: admin.headers(), body: JSON.stringify({ id: eventId, ...eventDraft() }) });
    expect(created.status).toBe(201);
    const link = await makeLink(live.server, 'escuchadero', eventId);
    const phone = await newPhonePage(live.browser);
    await phone.goto(live.server.url + link.path);
    await waitForForm(phone, ESCUCHADERO);
    // Shown raw, "\u202E" would turn the rest of the line around: "...4321 ATNEUC".
    await fillEscuchadero(phone, 'Pague a la CUENTA \u202E1234 ya\u2066 y\u200F fin');
    await submitForm(phone);
    const code = await shownTrackingCode(phone);
    await phone.getByTestId('record-sync').and(phone.locator('[data-state="synced"]')).waitFor({ timeout: 30_000 });
    const inert = 'Pague a la CUENTA [U+202E]1234 ya[U+2066] y[U+200F] fin';

    const desk = await newDeskPage(live.browser, live.server);
    await desk.goto(`${live.server.url}/escuchadero`);
    const item = desk.locator(`[data-testid="inbox-item"][data-code="${code}"]`);
    await item.getByText(inert, { exact: true }).waitFor();
    expect(await item.evaluate((el) => /[\u200E\u200F\u202A-\u202E\u2066-\u2069]/.test(el.textContent ?? ''))).toBe(false);

    await desk.goto(`${live.server.url}/eventos/${eventId}/memoria`);
    const question = desk.getByTestId('memoria-qa-item').filter({ hasText: 'Pague a la CUENTA' });
    await question.getByText(inert, { exact: true }).waitFor();
    expect(await desk.getByTestId('memoria-qa').evaluate((el) => /[\u200E\u200F\u202A-\u202E\u2066-\u2069]/.test(el.textContent ?? ''))).toBe(false);
  });

  it('Mis preguntas (/seguimiento) shows no staff header and asks for no session and no pull', async () => {
    const phone = await newPhonePage(live.browser);
    const asked: string[] = [];
    phone.on('request', (request) => asked.push(new URL(request.url()).pathname));
    await phone.goto(`${live.server.url}/seguimiento`);
    await phone.getByRole('heading', { level: 1, name: 'Mis preguntas' }).waitFor();
    await phone.waitForLoadState('networkidle');
    for (const staff of ['Iniciar sesión', 'Sincronizar ahora', /pendientes?$/]) expect(await phone.getByText(staff).count()).toBe(0);
    expect(await phone.locator('header, nav').count()).toBe(0);
    expect(asked.filter((p) => p.startsWith('/api/v1/session') || p.startsWith('/api/v1/pull'))).toEqual([]);
    expect(await phone.getByRole('button', { name: 'English' }).count()).toBe(1);
  });
});
