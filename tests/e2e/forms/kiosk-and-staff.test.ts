import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { newPhonePage, waitForServiceWorkerControl } from '../../support/browser';
import { countRows } from '../../server/support/sqlite-file';
import { expectNoAxeViolations, fillEvaluation, waitForForm } from './forms-page';
import { signInPage } from '../support/enroll-page';
import { serverAndBrowser } from '../support/server-and-browser';

const EVENT = 'feria-transparencia-2026';
const PIN = '2468';
const SCREENSHOTS = process.env.CABILDO_SCREENSHOTS;

describe('staff forms screen and kiosk mode', () => {
  const live = serverAndBrowser('kiosk');

  it('makes a link with its QR and poster, turns the tablet into a kiosk that resets, hides everything else and needs the PIN', async () => {
    const tablet = await newPhonePage(live.browser);
    await signInPage(tablet.context(), live.server, 'planeacion'); // links are made by the planning office
    await tablet.goto(`${live.server.url}/formularios`);
    await waitForServiceWorkerControl(tablet);
    const card = tablet.locator('[data-testid="staff-form"][data-form="evaluacion-audiencia"]');
    await card.getByRole('heading', { name: 'Evaluación de la audiencia pública' }).waitFor();
    await tablet.getByLabel('Evento (identificador)').fill(EVENT);
    await card.getByLabel('Respuestas admitidas').selectOption('none');
    await card.getByRole('button', { name: 'Crear enlace y QR' }).click();
    const link = card.getByTestId('form-link');
    await link.getByText(/Sin límite/).waitFor();
    const url = (await link.getByTestId('form-link-url').textContent()) ?? '';
    expect(url).toMatch(new RegExp(`/f/evaluacion-audiencia\\?e=${EVENT}&s=[A-Za-z0-9_-]+$`));

    // The QR over the whole screen, drawn in the app; Escape gives the screen back.
    await link.getByRole('button', { name: 'Mostrar QR en pantalla completa' }).click();
    const dialog = tablet.getByRole('dialog', { name: 'Evaluación de la audiencia pública' });
    await dialog.getByRole('img', { name: /Código QR del formulario/ }).waitFor();
    expect(await dialog.locator('path').getAttribute('d')).toMatch(/^M\d+ \d+h1v1h-1z/);
    await tablet.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });

    // The printable poster opens in its own tab, with the same address as the QR.
    const [poster] = await Promise.all([tablet.context().waitForEvent('page'), link.getByRole('link', { name: 'Cartel A4 para imprimir' }).click()]);
    await poster.getByRole('heading', { level: 1, name: 'Evaluación de la audiencia pública' }).waitFor();
    await poster.getByText(url, { exact: true }).waitFor();
    await poster.getByRole('img', { name: /Código QR/ }).waitFor();
    await poster.close();

    // Kiosk: the staff PIN is set on this device, then only the form is left.
    await link.getByRole('button', { name: 'Usar este dispositivo como quiosco' }).click();
    await tablet.getByRole('heading', { name: 'Modo quiosco' }).waitFor();
    await tablet.getByLabel('PIN del personal').fill(PIN);
    await tablet.getByLabel('Repita el PIN').fill('2469');
    await tablet.getByRole('button', { name: 'Iniciar el quiosco' }).click();
    await tablet.getByText('Los dos PIN no coinciden.').waitFor();
    await tablet.getByLabel('PIN del personal').fill(PIN);
    await tablet.getByLabel('Repita el PIN').fill(PIN);
    await tablet.getByRole('button', { name: 'Iniciar el quiosco' }).click();
    await waitForForm(tablet, 'Evaluación de la audiencia pública');
    const storedMeta = await tablet.evaluate(() => JSON.stringify(localStorage) + document.cookie);
    expect(storedMeta).not.toContain(PIN);

    // Nothing but the form: no header, no navigation, no links to other screens.
    expect(await tablet.getByRole('navigation').count()).toBe(0);
    expect(await tablet.getByTestId('sync-indicator').count()).toBe(0);
    expect(await tablet.locator('a[href]:not([href="#main"])').count()).toBe(0);

    await fillEvaluation(tablet);
    await tablet.getByLabel('Comentarios o sugerencias').fill('Muy buena la feria.');
    await tablet.getByRole('button', { name: 'Enviar', exact: true }).click();
    const thanks = tablet.getByRole('heading', { level: 1, name: /¡Gracias!/ });
    await thanks.waitFor();
    if (SCREENSHOTS) await tablet.screenshot({ path: join(SCREENSHOTS, 'kiosk-thanks.png') });
    await expectNoAxeViolations(tablet, 'quiosco: gracias');
    expect(await tablet.locator('a[href]:not([href="#main"])').count()).toBe(0);
    expect(await tablet.getByText('Muy buena la feria.').count()).toBe(0);

    // The next person gets an empty form.
    await tablet.getByRole('button', { name: 'Nueva respuesta' }).click();
    await waitForForm(tablet, 'Evaluación de la audiencia pública');
    expect(await tablet.getByRole('checkbox', { name: 'Redes sociales' }).isChecked()).toBe(false);
    expect(await tablet.getByLabel('Comentarios o sugerencias').inputValue()).toBe('');
    await expect.poll(() => countRows(live.dataDir, 'records', "kind = 'form.submission'"), { timeout: 30_000 }).toBe(1);

    // Back button and typed addresses lead back to the kiosk.
    await tablet.goBack();
    await waitForForm(tablet, 'Evaluación de la audiencia pública');
    expect(new URL(tablet.url()).pathname).toBe('/kiosco/evaluacion-audiencia');
    await tablet.goto(`${live.server.url}/formularios`);
    await waitForForm(tablet, 'Evaluación de la audiencia pública');
    await tablet.goto(`${live.server.url}/asistencia`);
    await waitForForm(tablet, 'Evaluación de la audiencia pública');
    expect(await tablet.getByRole('heading', { name: 'Registro de asistencia' }).count()).toBe(0);

    // Leaving needs the PIN.
    await tablet.getByRole('button', { name: 'Salir del modo quiosco (personal)' }).click();
    expect(await tablet.evaluate(() => document.activeElement?.id)).toBe('kiosk-leave-pin');
    await tablet.getByLabel('PIN del personal').fill('1111');
    await tablet.getByRole('button', { name: 'Salir', exact: true }).click();
    await tablet.getByText('PIN incorrecto.').waitFor();
    await waitForForm(tablet, 'Evaluación de la audiencia pública');
    await tablet.getByLabel('PIN del personal').fill(PIN);
    await tablet.getByRole('button', { name: 'Salir', exact: true }).click();
    await tablet.getByRole('heading', { level: 1, name: 'Formularios' }).waitFor();
    await tablet.goto(`${live.server.url}/asistencia`);
    await tablet.getByRole('heading', { name: 'Registro de asistencia' }).waitFor();

    // The kiosk's answer is in the form's results for the event.
    await tablet.goto(`${live.server.url}/formularios/evaluacion-audiencia/resultados/${EVENT}`);
    await tablet.getByTestId('results-total').getByText('Respuestas recibidas: 1').waitFor();
    const rating = tablet.getByRole('region', { name: /cómo califica/ });
    await rating.getByText('Promedio: 4').waitFor();
    expect(await rating.getByRole('row', { name: '4 1' }).count()).toBe(1);
    await expectNoAxeViolations(tablet, 'resultados');
  });
});
