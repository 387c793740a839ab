import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServerProcess, type ServerProcess } from '../../support/server-process';
import { launchBrowser, newPhonePage } from '../../support/browser';
import { readStoredRows } from '../../server/support/sqlite-file';
import { expectNoAxeViolations, fillEscuchadero, makeLink, newDeskPage, shownTrackingCode, submitForm, waitForForm, type SignedLink } from './forms-page';

const EVENT = 'atril-comuna-3';
const SCREENSHOTS = process.env.CABILDO_SCREENSHOTS;

/** Presses Tab (only Tab) until the focused element matches; fails if it never does. */
async function tabTo(page: Page, selector: string, max = 80): Promise<void> {
  for (let i = 0; i < max; i++) {
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${selector}`);
}

const focused = (page: Page) => page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? document.activeElement?.id ?? '');

describe('forms: accessibility, keyboard-only use and tampered links', () => {
  let dataDir: string;
  let server: ServerProcess | undefined;
  let browser: Browser | undefined;
  const links: Record<string, SignedLink> = {};

  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'cabildo-e2e-forms-a11y-'));
    server = await startServerProcess({ dataDir });
    browser = await launchBrowser();
    for (const id of ['escuchadero', 'evaluacion-audiencia', 'priorizacion-temas']) links[id] = await makeLink(server, id, EVENT);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    await rm(dataDir, { recursive: true, force: true });
  });

  it('refuses a tampered link with a clear Spanish message and shows no form', async () => {
    const page = await newPhonePage(browser!);
    const good = links.escuchadero!;
    const flipped = good.signature.startsWith('A') ? `B${good.signature.slice(1)}` : `A${good.signature.slice(1)}`;
    for (const tampered of [
      good.path.replace(good.signature, flipped),
      good.path.replace(`e=${EVENT}`, 'e=otro-evento'),
      good.path.replace('/f/escuchadero', '/f/urna-virtual'),
      good.path.replace(/&s=.*$/, ''),
    ]) {
      await page.goto(server!.url + tampered);
      await page.getByRole('heading', { level: 1, name: 'Enlace no válido' }).waitFor();
      await page.getByRole('alert').getByText(/^Este enlace no es válido o fue modificado/).waitFor();
      expect(await page.getByRole('button', { name: 'Enviar', exact: true }).count()).toBe(0);
      expect(await page.locator('input, textarea, select').count()).toBe(0);
    }
    await expectNoAxeViolations(page, 'enlace rechazado');
  });

  it('has no axe violations on the citizen forms, with messages shown, conditions opened and after sending', async () => {
    const page = await newPhonePage(browser!);
    await page.goto(server!.url + links.escuchadero!.path);
    await waitForForm(page, 'Escuchadero');
    await expectNoAxeViolations(page, 'escuchadero');

    // Field-by-field Spanish messages, tied to their inputs.
    await page.getByRole('button', { name: 'Enviar', exact: true }).click();
    await page.getByTestId('form-status').getByText('Revise las 4 preguntas marcadas. No se guardó nada.').waitFor();
    const message = page.locator('#q-mensaje');
    expect(await message.getAttribute('aria-invalid')).toBe('true');
    expect(await message.getAttribute('aria-describedby')).toBe('q-mensaje-error q-mensaje-count');
    expect(await page.locator('#q-mensaje-error').textContent()).toBe('Responda «Escriba su mensaje».');
    expect(await page.getByRole('group', { name: /¿Qué quiere hacer\?/ }).getAttribute('aria-describedby')).toBe('q-tipo-error');
    expect(await focused(page)).toBe('q-tipo-0');
    await expectNoAxeViolations(page, 'escuchadero con mensajes');

    await page.getByRole('radio', { name: 'Que me contacten' }).check();
    await page.getByRole('radio', { name: 'Correo electrónico' }).check();
    await page.getByRole('checkbox', { name: /autorizo el tratamiento de mis datos/ }).waitFor();
    await expectNoAxeViolations(page, 'escuchadero con contacto');
    await page.getByRole('radio', { name: /Sin dar mis datos/ }).check();
    expect(await page.getByLabel(/Correo electrónico/).count()).toBe(0);

    await page.goto(server!.url + links['evaluacion-audiencia']!.path);
    await waitForForm(page, 'Evaluación');
    await expectNoAxeViolations(page, 'evaluación');

    await page.goto(server!.url + links['priorizacion-temas']!.path);
    await waitForForm(page, 'Priorización');
    await page.getByRole('button', { name: /^Agregar «Planeación y gestión integral/ }).click();
    await page.getByRole('button', { name: /^Agregar «Modelo Integral/ }).click();
    await expectNoAxeViolations(page, 'priorización con elecciones');

    await page.goto(server!.url + links.escuchadero!.path);
    await waitForForm(page, 'Escuchadero');
    await fillEscuchadero(page, 'El alumbrado de la cancha del barrio lleva un mes apagado.');
    if (SCREENSHOTS) await page.screenshot({ path: join(SCREENSHOTS, 'escuchadero-form.png') });
    await submitForm(page);
    const code = await shownTrackingCode(page);
    await expectNoAxeViolations(page, 'enviado con código');

    await page.goto(`${server!.url}/seguimiento`);
    await page.locator(`[data-testid="tracked-code"][data-code="${code}"]`).waitFor();
    await expectNoAxeViolations(page, 'mis preguntas');
    await page.getByLabel('Consultar un código de seguimiento').fill('ZZZZ-0000');
    await page.getByRole('button', { name: 'Consultar', exact: true }).click();
    await page.getByText(/^El código de seguimiento no es válido/).waitFor();
    await expectNoAxeViolations(page, 'mis preguntas con error');
  });

  it('has no axe violations on the staff screens and the kiosk', async () => {
    const desk = await newDeskPage(browser!, server!);
    await desk.goto(`${server!.url}/formularios`);
    await desk.locator('[data-testid="staff-form"][data-form="escuchadero"]').waitFor();
    await desk.getByLabel('Evento (identificador)').fill(EVENT);
    // The links made for this event (beforeAll) are listed again: no need to make them twice.
    const escuchadero = desk.locator('[data-testid="staff-form"][data-form="escuchadero"]');
    await escuchadero.getByTestId('form-link').waitFor();
    await expectNoAxeViolations(desk, 'formularios');
    await escuchadero.getByRole('button', { name: 'Mostrar QR en pantalla completa' }).click();
    await desk.getByTestId('qr-fullscreen').getByRole('img').waitFor();
    await expectNoAxeViolations(desk, 'QR en pantalla completa');
    await desk.keyboard.press('Escape');

    // An urna virtual: one click copies the template for this event (a form of its own) and makes its link.
    await desk.locator('[data-testid="staff-form"][data-form="urna-virtual"]').getByRole('button', { name: 'Crear enlace y QR' }).click();
    const urna = desk.locator(`[data-testid="staff-form"][data-form="urna-${EVENT}"]`);
    await urna.getByRole('heading', { name: /^Urna virtual sobre la gestión pública/ }).waitFor();
    await urna.getByTestId('form-link').waitFor();
    await expectNoAxeViolations(desk, 'formularios con urna');
    // A citizen answers the new form: this device validates it with the definition it pulled, like the server.
    const urnaUrl = (await urna.getByTestId('form-link-url').textContent()) ?? '';
    const citizen = await newPhonePage(browser!);
    await citizen.goto(urnaUrl);
    await citizen.getByRole('heading', { level: 1, name: /^Urna virtual sobre la gestión pública/ }).waitFor();
    expect(await citizen.getByText(/^Plantilla/).count()).toBe(0);
    await citizen.getByRole('group', { name: /califica/i }).getByRole('radio', { name: '5' }).check();
    await citizen.getByLabel(/Su opinión/).fill('Que publiquen los contratos del parque a tiempo.');
    await submitForm(citizen);
    await citizen.getByTestId('record-sync').and(citizen.locator('[data-state="synced"]')).waitFor({ timeout: 30_000 });

    // An overdue message whose text looks like markup: it must show as the characters typed.
    const hostile = '<img src=x onerror="document.title=1">¿Y el <b>parque</b>?';
    await desk.route('**/api/v1/escuchadero', (route) =>
      route.fulfill({
        json: {
          items: [
            {
              recordId: '019a0000-0000-7000-8000-000000000001',
              trackingCode: 'ACDEFHJK',
              eventId: EVENT,
              formVersion: 1,
              type: 'queja-reclamo',
              topic: '3.4',
              territory: '03',
              text: hostile,
              status: 'assigned',
              office: 'planeacion',
              receivedAt: '2026-10-01T10:00:00-05:00',
              dueAt: '2026-10-23',
              workingDaysWaited: 21,
              overdue: true,
            },
          ],
        },
      }),
    );
    await desk.goto(`${server!.url}/escuchadero`);
    const late = desk.locator('[data-testid="inbox-item"][data-code="ACDEFHJK"]');
    await late.getByText('Vencido: más de 15 días hábiles').waitFor();
    await late.getByText('Días hábiles de espera: 21 (vence el 2026-10-23)').waitFor();
    await late.getByText(hostile, { exact: true }).waitFor();
    expect(await late.locator('img, b').count()).toBe(0);
    await expectNoAxeViolations(desk, 'bandeja del escuchadero');

    const kiosk = await newPhonePage(browser!);
    await kiosk.goto(server!.url + links['priorizacion-temas']!.path.replace('/f/', '/kiosco/'));
    await kiosk.getByRole('heading', { name: 'Modo quiosco' }).waitFor();
    await expectNoAxeViolations(kiosk, 'quiosco: PIN');
    await kiosk.getByLabel('PIN del personal').fill('135790');
    await kiosk.getByLabel('Repita el PIN').fill('135790');
    await kiosk.getByRole('button', { name: 'Iniciar el quiosco' }).click();
    await waitForForm(kiosk, 'Priorización');
    await expectNoAxeViolations(kiosk, 'quiosco: formulario');
  });

  it('can be filled with the keyboard alone, ranking included (subir/bajar keep the focus)', async () => {
    const page = await newPhonePage(browser!);
    await page.goto(server!.url + links['priorizacion-temas']!.path);
    await waitForForm(page, 'Priorización');
    await tabTo(page, '[data-add-index="0"]');
    await page.keyboard.press('Enter');
    await page.getByText('Elegidas: 1 de 5.').waitFor();
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-add-index'))).toBe('0');
    await page.keyboard.press('Enter');
    await page.getByText('Elegidas: 2 de 5.').waitFor();
    await tabTo(page, '[data-action="up"]:not(:disabled)');
    expect(await focused(page)).toBe('Subir «Modelo Integral de Gestión Focalizada para la Seguridad Ciudadana»');
    await page.keyboard.press('Enter');
    await page.getByRole('status').getByText('«Modelo Integral de Gestión Focalizada para la Seguridad Ciudadana» ahora en el puesto 1.').waitFor();
    expect(await focused(page)).toBe('Bajar «Modelo Integral de Gestión Focalizada para la Seguridad Ciudadana»');
    await tabTo(page, '#q-territorio');
    for (let i = 0; i < 11; i++) await page.keyboard.press('ArrowDown'); // past "Elija una opción" to the 11th comuna
    expect(await page.locator('#q-territorio').inputValue()).toBe('11');
    await tabTo(page, 'button[type="submit"]');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: /¡Gracias!/ }).waitFor();
    expect(await focused(page)).toBe('done-title');

    await page.goto(server!.url + links.escuchadero!.path);
    await waitForForm(page, 'Escuchadero');
    await tabTo(page, '#q-tipo-0');
    await page.keyboard.press('ArrowDown'); // radios: arrows move and choose
    expect(await page.getByRole('radio', { name: 'Hacer una propuesta' }).isChecked()).toBe(true);
    await tabTo(page, '#q-territorio');
    await page.keyboard.type('3');
    await tabTo(page, '#q-mensaje');
    await page.keyboard.type('Propongo una ciclorruta entre Manrique y el centro.');
    await tabTo(page, '#q-forma_respuesta-0');
    await page.keyboard.press('Space');
    await tabTo(page, 'button[type="submit"]');
    await page.keyboard.press('Enter');
    await page.getByTestId('tracking-code').waitFor();

    const stored = () =>
      readStoredRows<{ payload: string }>(dataDir, "select payload from records where kind = 'form.submission'").map(
        (r) => JSON.parse(r.payload) as { formId: string; answers: Record<string, unknown> },
      );
    await expect.poll(() => stored().filter((p) => p.formId === 'priorizacion-temas' || p.answers.tipo === 'propuesta').length, { timeout: 30_000 }).toBe(2);
    const payloads = stored();
    expect(payloads.find((p) => p.formId === 'priorizacion-temas')?.answers).toEqual({ temas: ['3.1.2', '3.1.1'], territorio: '11' });
    expect(payloads.find((p) => p.answers.mensaje === 'Propongo una ciclorruta entre Manrique y el centro.')?.answers).toMatchObject({ tipo: 'propuesta', territorio: '03' });
  });
});
