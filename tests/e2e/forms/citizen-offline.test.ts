import { describe, expect, it } from 'vitest';
import { newPhonePage, waitForServiceWorkerControl } from '../../support/browser';
import { countRows } from '../../server/support/sqlite-file';
import { probeNetwork } from '../attendance-page';
import { expectNoAxeViolations, fillEscuchadero, fillEvaluation, makeLink, newDeskPage, shownTrackingCode, submitForm, waitForForm } from './forms-page';
import { serverAndBrowser } from '../support/server-and-browser';

const EVENT = 'audiencia-2026';
const QUESTION = '¿Cuándo empiezan las obras del parque de Manrique?';
const ANSWER = 'Las obras empiezan en marzo de 2027; el contrato se publica en enero.';

describe('citizen forms offline: answered on a phone with no signal, synced once, answered by planning', () => {
  const live = serverAndBrowser('forms');

  it('queues the escuchadero and the evaluation offline, syncs them once, and brings the answer back', async () => {
    const escuchadero = await makeLink(live.server, 'escuchadero', EVENT);
    const evaluation = await makeLink(live.server, 'evaluacion-audiencia', EVENT);

    // One online visit from the poster: the app, the signing key and the definitions are kept.
    const phone = await newPhonePage(live.browser);
    const context = phone.context();
    await phone.goto(live.server.url + escuchadero.path);
    await waitForServiceWorkerControl(phone);
    await waitForForm(phone, 'Escuchadero de rendición de cuentas');

    await context.setOffline(true);
    expect(await probeNetwork(phone)).toBe('failed');
    await phone.reload();
    await waitForForm(phone, 'Escuchadero de rendición de cuentas');
    await fillEscuchadero(phone, QUESTION);
    await submitForm(phone);
    const code = await shownTrackingCode(phone);
    expect(code).toMatch(/^[34679ACDEFHJKMNPRTWXY]{8}$/);
    await expect.poll(() => phone.getByText(/^Su código de seguimiento:/).isVisible()).toBe(true);
    await phone.getByTestId('record-sync').and(phone.locator('[data-state="pending"]')).waitFor();

    // The evaluation's link is opened for the first time with no signal: checked with the kept key.
    await phone.goto(live.server.url + evaluation.path);
    await waitForForm(phone, 'Evaluación de la audiencia pública');
    await fillEvaluation(phone);
    await submitForm(phone);

    await phone.reload();
    await waitForForm(phone, 'Evaluación de la audiencia pública');
    await phone.locator('[data-testid="forms-pending"][data-pending="2"]').waitFor();
    await phone.goto(`${live.server.url}/seguimiento`);
    const kept = phone.locator(`[data-testid="tracked-code"][data-code="${code}"]`);
    await kept.getByText('Guardada en este dispositivo, pendiente de envío.').waitFor();
    expect(countRows(live.dataDir, 'records', "kind = 'form.submission'")).toBe(0);

    await context.setOffline(false); // the 'online' trigger sends the queue by itself
    // Mis preguntas is a citizen's page (no staff sync indicator): the server's rows and the case's status tell.
    await expect.poll(() => countRows(live.dataDir, 'records', "kind = 'form.submission'"), { timeout: 30_000 }).toBe(2);
    await kept.getByText(/^Recibida/).waitFor({ timeout: 30_000 });

    // Planning answers the question in its inbox.
    const desk = await newDeskPage(live.browser, live.server);
    await desk.goto(`${live.server.url}/escuchadero`);
    const item = desk.locator(`[data-testid="inbox-item"][data-code="${code}"]`);
    await item.getByText(QUESTION).waitFor();
    await item.getByText(/Días hábiles de espera: 0/).waitFor();
    await expectNoAxeViolations(desk, 'bandeja con un mensaje');
    await item.getByLabel('Dependencia').selectOption('planeacion');
    await item.getByRole('button', { name: 'Asignar' }).click();
    await desk.locator(`[data-testid="inbox-item"][data-code="${code}"] [data-testid="inbox-status"]`).getByText(/^Asignado/).waitFor();
    await expectNoAxeViolations(desk, 'bandeja con un mensaje asignado');
    await desk.locator(`[data-testid="inbox-item"][data-code="${code}"]`).getByLabel('Respuesta a la ciudadanía').fill(ANSWER);
    await desk.locator(`[data-testid="inbox-item"][data-code="${code}"]`).getByRole('button', { name: 'Responder y marcar como respondido' }).click();
    await desk.locator(`[data-testid="inbox-item"][data-code="${code}"] [data-testid="inbox-status"]`).getByText(/^Respondido/).waitFor();

    // The citizen asks "Mis preguntas" for news (its own button: the page has no staff sync bar).
    await expect(kept.getByText(ANSWER).count()).resolves.toBe(0);
    await phone.getByRole('button', { name: 'Consultar ahora' }).click();
    await phone.getByTestId('answer-news').getByText('Su pregunta fue respondida').waitFor({ timeout: 30_000 });
    await kept.getByText(ANSWER).waitFor();
    await expectNoAxeViolations(phone, 'mis preguntas con respuesta');
    // Still there with no signal: the answer is kept on the device.
    await context.setOffline(true);
    await phone.reload();
    await kept.getByText(ANSWER).waitFor();
  });
});
