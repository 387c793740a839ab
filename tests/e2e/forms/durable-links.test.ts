import { mkdir } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { newPhonePage } from '../../support/browser';
import { eventDraft } from '../../server/events/fixtures';
import { adminOf } from '../support/enroll-page';
import { serverAndBrowser } from '../support/server-and-browser';
import { expectNoAxeViolations, fillEvaluation, newDeskPage, submitForm, waitForForm } from './forms-page';

const EVENT = 'atril-enlaces-2026';
const EVENT_NAME = 'Atril de la comuna 8 — enlaces que no se pierden';
const SHOTS = '/work/shots/memoria';

describe('issue 13: form links are durable, closable, and the urna needs no hidden step', () => {
  const live = serverAndBrowser('durable-links');

  it('finds its links again after a reload, with answers counted; a closed link refuses a citizen in Spanish; the urna is one click', async () => {
    await mkdir(SHOTS, { recursive: true });
    const admin = await adminOf(live.server);
    const created = await fetch(`${live.server.url}/api/v1/events`, { method: 'POST', headers: admin.headers(), body: JSON.stringify({ id: EVENT, ...eventDraft({ name: EVENT_NAME }) }) });
    expect(created.status).toBe(201);

    const desk = await newDeskPage(live.browser, live.server);
    await desk.setViewportSize({ width: 390, height: 844 });
    await desk.goto(`${live.server.url}/formularios`);
    const evaluation = desk.locator('[data-testid="staff-form"][data-form="evaluacion-audiencia"]');
    await evaluation.getByRole('heading').first().waitFor();
    await desk.getByLabel('Evento (identificador)').fill(EVENT);
    await desk.getByTestId('link-event-name').getByText(EVENT_NAME).waitFor();
    await evaluation.getByRole('button', { name: 'Crear enlace y QR' }).click();
    const link = evaluation.getByTestId('form-link');
    await link.getByText('Respuestas recibidas: 0').waitFor();
    const url = (await link.getByTestId('form-link-url').textContent()) ?? '';

    // The urna virtual: one click makes this event's urna and its link.
    const template = desk.locator('[data-testid="staff-form"][data-form="urna-virtual"]');
    await template.getByRole('button', { name: 'Crear enlace y QR' }).click();
    const urna = desk.locator(`[data-testid="staff-form"][data-form="urna-${EVENT}"]`);
    await urna.getByRole('heading', { name: `Urna virtual sobre la gestión pública — ${EVENT_NAME}` }).waitFor();
    await urna.getByTestId('form-link').waitFor();

    // A citizen answers the evaluation.
    const phone = await newPhonePage(live.browser);
    await phone.goto(url);
    await waitForForm(phone, 'Evaluación de la audiencia pública de rendición de cuentas');
    await fillEvaluation(phone);
    await submitForm(phone);
    await phone.getByTestId('record-sync').and(phone.locator('[data-state="synced"]')).waitFor({ timeout: 30_000 });

    // Reload: the links are still there, with the answer counted.
    await desk.reload();
    await desk.getByLabel('Evento (identificador)').fill(EVENT);
    await link.getByText('Respuestas recibidas: 1').waitFor();
    expect(await link.getByTestId('form-link-url').textContent()).toBe(url);
    await urna.getByTestId('form-link').waitFor();
    await expectNoAxeViolations(desk, 'formularios con enlaces');
    await desk.screenshot({ path: `${SHOTS}/formularios-telefono.png`, fullPage: true });

    // A phone that opened the form before it was closed…
    const late = await newPhonePage(live.browser);
    await late.goto(url);
    await waitForForm(late, 'Evaluación de la audiencia pública de rendición de cuentas');
    await fillEvaluation(late);

    // Closing asks once more, then the link says it is closed.
    await link.getByRole('button', { name: 'Cerrar el formulario' }).click();
    await link.getByRole('button', { name: 'Sí, cerrarlo' }).click();
    await expect.poll(() => link.getAttribute('data-state')).toBe('closed');
    expect(await link.textContent()).toContain('ya no recibe respuestas');
    await desk.screenshot({ path: `${SHOTS}/formularios-cerrado-telefono.png`, fullPage: true });

    // …sends its answer afterwards: refused at sync, and told why in Spanish.
    await submitForm(late);
    const refused = late.getByTestId('record-sync').and(late.locator('[data-state="attention"]'));
    await refused.waitFor({ timeout: 30_000 });
    expect(await refused.textContent()).toContain('Este formulario ya se cerró para este evento');

    // A phone that scans the poster now is told before filling anything in.
    const after = await newPhonePage(live.browser);
    await after.goto(url);
    const closed = after.getByTestId('link-closed');
    await closed.waitFor();
    expect(await closed.textContent()).toContain('Este formulario ya se cerró para este evento');
    expect(await after.getByRole('button', { name: 'Enviar', exact: true }).count()).toBe(0);
    await expectNoAxeViolations(after, 'formulario cerrado');
    await after.screenshot({ path: `${SHOTS}/formulario-cerrado-ciudadano.png` });
  });
});
