import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../../support/browser';
import { startServerProcess, type ServerProcess } from '../../support/server-process';
import { newOfficePage, paintedPixels, waitForCharts } from './report-pages';
import { ADMITTED, ANSWER, EVENT_NAME, HOSTILE_MESSAGE, seedReportEvent } from './report-seed';
import { signInAsPlanning, type StaffAccess } from './sign-in';

const SCREENSHOTS = process.env.CABILDO_SCREENSHOTS;

/** A full-page screenshot as paper shows it (print media, A4 width at 96 dpi). */
async function printedScreenshot(page: Page, name: string): Promise<Buffer> {
  await page.emulateMedia({ media: 'print' });
  await page.setViewportSize({ width: 794, height: 1123 });
  // What the browser does before printing: the charts redraw at the paper's width (chart-setup.ts).
  await page.evaluate(() => {
    window.dispatchEvent(new Event('beforeprint'));
    return new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  });
  if (SCREENSHOTS) await page.screenshot({ path: join(SCREENSHOTS, `${name}-page1.png`) });
  return page.screenshot({ fullPage: true, ...(SCREENSHOTS ? { path: join(SCREENSHOTS, `${name}.png`) } : {}) });
}

/** How many of these elements are laid out (not display: none) as the page is now. */
const shown = (page: Page, selector: string) => page.locator(selector).evaluateAll((els) => els.filter((e) => getComputedStyle(e).display !== 'none').length);

describe('reports: printed listado de asistencia and memoria del evento', () => {
  let dataDir: string;
  let server: ServerProcess | undefined;
  let browser: Browser | undefined;
  let access: StaffAccess;
  let eventId: string;

  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'cabildo-e2e-reports-print-'));
    server = await startServerProcess({ dataDir });
    access = await signInAsPlanning(server);
    ({ eventId } = await seedReportEvent(server.url, access));
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    await rm(dataDir, { recursive: true, force: true });
  });

  it('prints the listado: municipality header, one row per person admitted with consent, no duplicate row', async () => {
    const page = await newOfficePage(browser!, access);
    await page.goto(`${server!.url}/eventos/${eventId}/listado/imprimir`);
    await page.getByTestId('listado-table').waitFor();
    const shot = await printedScreenshot(page, 'listado-imprimir');
    expect(shot.byteLength).toBeGreaterThan(10_000);

    expect(await page.getByTestId('municipality').textContent()).toBe('Alcaldía de Medellín');
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Listado de asistencia');
    expect(await page.getByTestId('listado-event').textContent()).toBe(EVENT_NAME);
    const rows = page.getByTestId('listado-row');
    expect(await rows.count()).toBe(ADMITTED);
    const names = await rows.locator('th').allTextContents();
    expect(names.filter((n) => n.startsWith('María Peña López'))).toHaveLength(1);
    expect(names.filter((n) => n === 'Asistente sin datos (conteo anónimo)')).toHaveLength(2);
    const consents = await page.getByTestId('listado-consent').allTextContents();
    expect(consents.filter((c) => c === 'Sí (aviso 2026-1)')).toHaveLength(12);
    expect(consents.filter((c) => c === 'No: conteo anónimo')).toHaveLength(2);
    expect(await page.getByRole('columnheader').allTextContents()).toEqual(['N.º', 'Nombre', 'Documento', 'Comuna o corregimiento', 'Llegada', 'Autorización de datos', 'Firma']);
    expect(await page.getByTestId('listado-total').textContent()).toContain('Total de personas admitidas: 14.');
    expect(await page.getByTestId('listado-total').textContent()).toContain('1 registros duplicados');
    // On paper: no app header, no buttons; an A4 page with its number in the margin.
    expect(await page.getByTestId('print-button').isVisible()).toBe(false);
    expect(await page.locator('header.header').count()).toBe(0);
    const pageRule = await page.evaluate(() =>
      [...document.styleSheets].flatMap((s) => [...s.cssRules]).some((r) => /size: a4/i.test(r.cssText) && r.cssText.includes('counter(pages)')),
    );
    expect(pageRule).toBe(true);
    const pdf = await page.pdf({ preferCSSPageSize: true });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('refuses the listado (personal data) to a consulta account with a clear message', async () => {
    const consulta = await access.withRole('consulta');
    if (!consulta) return; // An open API has no roles: nothing to refuse yet.
    const page = await newOfficePage(browser!, consulta);
    await page.goto(`${server!.url}/eventos/${eventId}/listado/imprimir`);
    const failure = page.getByTestId('report-failure');
    await failure.waitFor();
    expect(await failure.getAttribute('data-reason')).toBe('forbidden');
    expect(await failure.textContent()).toMatch(/^Su cuenta no tiene permiso para ver esta información\. Inicie sesión/);
    expect(await page.getByTestId('listado-row').count()).toBe(0);
  });

  it('prints the memoria: event data, charts with pixels, a table under each chart, questions with answers as text', async () => {
    const page = await newOfficePage(browser!, access);
    let printed = false;
    await page.exposeFunction('cabildoPrinted', () => (printed = true));
    await page.addInitScript(() => {
      window.print = () => void (window as unknown as { cabildoPrinted(): void }).cabildoPrinted();
    });
    await page.goto(`${server!.url}/eventos/${eventId}/memoria`);
    await waitForCharts(page);
    await page.getByTestId('memoria-qa').waitFor();
    await page.getByRole('button', { name: 'Imprimir / Guardar PDF' }).click();
    await expect.poll(() => printed).toBe(true);

    await printedScreenshot(page, 'memoria');
    await waitForCharts(page);
    expect(await page.getByTestId('municipality').textContent()).toBe('Alcaldía de Medellín');
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Memoria del evento');
    expect(await page.getByTestId('memoria-event').textContent()).toBe(EVENT_NAME);
    // The cover says when and where; then what happened, and the detail as annexes (issue 13).
    expect(await page.getByTestId('memoria-cover').textContent()).toContain('Coliseo de Manrique');
    for (const heading of ['Objetivo y agenda', 'Asistencia', 'Asistencia y caracterización', 'Preguntas y respuestas del escuchadero', 'Evaluación', 'Anexos', 'Cifras del escuchadero', 'Priorización de temas']) {
      await page.getByRole('heading', { level: 2, name: heading, exact: true }).waitFor();
    }
    // Nothing was put in an urna, and nobody asked for an interpreter: those sections are left out.
    expect(await page.getByRole('heading', { level: 2, name: 'Urnas virtuales' }).count()).toBe(0);
    // On paper, the figures compared at a glance are charted (arrivals, comunas, life stage, satisfaction).
    const pixels = await paintedPixels(page);
    expect(pixels.length).toBe(4);
    expect(pixels.every((n) => n > 500)).toBe(true);
    // Every chart sits in a figure that also holds its data table.
    const chartsWithoutTable = await page.$$eval('[data-testid="report-figure"]', (figures) =>
      figures.filter((f) => f.querySelector('canvas') && !f.querySelector('table caption')).length,
    );
    expect(chartsWithoutTable).toBe(0);
    const arrivals = page.locator('[data-table="arrivals"]');
    expect(await arrivals.locator('th[scope="col"]').allTextContents()).toEqual(['Desde las', 'Personas']);
    expect(await arrivals.locator('tr[data-key="2026-11-21T09:00-05:00"] td').textContent()).toBe('3');

    const attendance = page.locator('[data-section="attendance"]');
    expect(await attendance.locator('dd').first().textContent()).toBe(String(ADMITTED));
    const evaluation = page.locator('[data-table="satisfaction"]');
    expect(await evaluation.locator('tr[data-key="4"] td').textContent()).toBe('2');

    const qa = page.getByTestId('memoria-qa');
    await qa.getByText(HOSTILE_MESSAGE, { exact: true }).waitFor();
    expect(await qa.locator('img, b').count()).toBe(0);
    await qa.getByText(ANSWER, { exact: true }).waitFor();
    expect(await qa.getByTestId('memoria-qa-item').count()).toBe(3);
    expect(await shown(page, '.no-print')).toBe(0);
  });
});
