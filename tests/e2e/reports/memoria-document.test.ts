import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../../support/browser';
import { eventDraft } from '../../server/events/fixtures';
import { pdfPageCount } from '../../support/pdf-pages';
import { startServerProcess, type ServerProcess } from '../../support/server-process';
import { LONG_WORD, seedTypicalEvent, TYPICAL, TYPICAL_EVENT_NAME, type TypicalEvent } from '../../support/typical-event';
import { newOfficePage, paintedPixels, waitForCharts } from './report-pages';
import { signInAsPlanning, type StaffAccess } from './sign-in';

const SHOTS = '/work/shots/memoria';

/** The page as paper shows it: print media at A4 width (96 dpi), then a screenshot of its first screen and of all of it. */
async function printPreview(page: Page, name: string): Promise<void> {
  await page.emulateMedia({ media: 'print' });
  await page.setViewportSize({ width: 794, height: 1123 });
  await page.evaluate(() => {
    window.dispatchEvent(new Event('beforeprint'));
    return new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  });
  await page.screenshot({ path: join(SHOTS, `${name}-a4.png`) });
  await page.screenshot({ path: join(SHOTS, `${name}-full.png`), fullPage: true });
}

describe('issue 13: posters on one A4 page, and the memoria of a typical event', () => {
  let dataDir: string;
  let server: ServerProcess | undefined;
  let browser: Browser | undefined;
  let access: StaffAccess;
  let typical: TypicalEvent;

  beforeAll(async () => {
    await mkdir(SHOTS, { recursive: true });
    dataDir = await mkdtemp(join(tmpdir(), 'cabildo-e2e-memoria-'));
    server = await startServerProcess({ dataDir });
    access = await signInAsPlanning(server);
    typical = await seedTypicalEvent(server.url, access);
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    await rm(dataDir, { recursive: true, force: true });
  });

  it('prints the form poster and the event poster on exactly one A4 page each, with the event name (not its code)', async () => {
    const response = await fetch(`${server!.url}/api/v1/forms/escuchadero/links`, { method: 'POST', headers: access.headers(), body: JSON.stringify({ eventId: typical.eventId }) });
    const link = (await response.json()) as { signature: string };
    const page = await newOfficePage(browser!, access);
    for (const [name, path, testId] of [
      ['cartel-formulario', `/formularios/escuchadero/cartel/${typical.eventId}/${link.signature}`, 'form-poster'],
      ['cartel-evento', `/eventos/${typical.eventId}/cartel`, 'event-poster'],
    ] as const) {
      await page.emulateMedia({ media: 'screen' });
      await page.goto(`${server!.url}${path}`);
      const poster = page.getByTestId(testId);
      await poster.getByText(TYPICAL_EVENT_NAME).waitFor();
      await poster.locator('[data-testid="poster-qr"] svg').waitFor();
      expect(await poster.textContent()).not.toContain(typical.eventId.slice(0, 12) + ' ');
      expect(await poster.getByTestId('municipality').textContent()).toBe('Alcaldía de Medellín');
      await printPreview(page, name);
      const pdf = await page.pdf({ format: 'A4' });
      expect(pdfPageCount(pdf), name).toBe(1);
    }
  });

  it(`prints the memoria of ${TYPICAL.attendees} attendees, ${TYPICAL.questions} questions and ${TYPICAL.evaluations} evaluations in ≤ 10 A4 pages, no empty chart, every answered question, nothing clipped`, async () => {
    const page = await newOfficePage(browser!, access);
    await page.goto(`${server!.url}/eventos/${typical.eventId}/memoria`);
    await page.locator('[data-testid="memoria"][data-ready="true"]').waitFor();
    await waitForCharts(page);
    await printPreview(page, 'memoria');
    await waitForCharts(page);

    expect(await page.getByTestId('memoria-event').textContent()).toBe(TYPICAL_EVENT_NAME);
    for (const heading of ['Objetivo y agenda', 'Asistencia', 'Asistencia y caracterización', 'Preguntas y respuestas del escuchadero', 'Evaluación', 'Compromisos adquiridos', 'Anexos']) {
      await page.getByRole('heading', { level: 2, name: heading, exact: true }).waitFor();
    }
    // Sections with nothing to say are left out: no urna was answered.
    expect(await page.getByRole('heading', { level: 2, name: 'Urnas virtuales' }).count()).toBe(0);
    const text = (await page.getByTestId('memoria').textContent()) ?? '';
    for (const { question, answer } of typical.answered) {
      expect(text).toContain(question);
      expect(text).toContain(answer);
    }
    expect(await page.getByTestId('memoria-qa-item').count()).toBe(TYPICAL.questions);
    expect(await page.getByTestId('memoria-commitment').count()).toBe(3);
    // A small cell stays protected.
    expect(await page.locator('[data-table="breakdown-ethnicGroup"]').textContent()).toMatch(/Reservado|no publicable/);

    // No empty chart: every chart drawn has bars, and no figure charts a table of zeros.
    const pixels = await paintedPixels(page);
    expect(pixels.length).toBeGreaterThan(0);
    expect(pixels.every((n) => n > 500)).toBe(true);
    const zeroCharts = await page.$$eval('[data-testid="report-figure"]', (figures) =>
      figures.filter((f) => f.querySelector('canvas') && [...f.querySelectorAll('tbody td')].every((td) => td.textContent === '0')).length,
    );
    expect(zeroCharts).toBe(0);

    // Nothing clipped: the long word wraps inside the page's width.
    const overflow = await page.getByText(LONG_WORD, { exact: false }).first().evaluate((el) => {
      const box = el.getBoundingClientRect();
      return { right: box.right, width: document.documentElement.clientWidth, scroll: el.scrollWidth - el.clientWidth };
    });
    expect(overflow.right).toBeLessThanOrEqual(overflow.width);
    expect(overflow.scroll).toBeLessThanOrEqual(0);

    const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
    const pages = pdfPageCount(pdf);
    console.log(`memoria del evento típico: ${pages} páginas A4`);
    expect(pages).toBeGreaterThan(1);
    expect(pages).toBeLessThanOrEqual(10);
  });

  it('prints an event where nothing happened yet as its cover alone: no empty section, no empty chart, one page', async () => {
    const eventId = `memoria-vacia-${Date.now()}`;
    const created = await fetch(`${server!.url}/api/v1/events`, { method: 'POST', headers: access.headers(), body: JSON.stringify({ id: eventId, ...eventDraft({ name: 'Feria de transparencia sin asistentes', topics: [] }) }) });
    expect(created.status).toBe(201);
    const page = await newOfficePage(browser!, access);
    await page.goto(`${server!.url}/eventos/${eventId}/memoria`);
    await page.locator('[data-testid="memoria"][data-ready="true"]').waitFor();
    expect(await page.getByTestId('memoria-event').textContent()).toBe('Feria de transparencia sin asistentes');
    expect(await page.getByRole('heading', { level: 2 }).count()).toBe(0);
    expect(await page.locator('canvas').count()).toBe(0);
    expect(pdfPageCount(await page.pdf({ format: 'A4', preferCSSPageSize: true }))).toBe(1);
  });

  it('tells the reader in Spanish when the server cannot make the PDF', async () => {
    const page = await newOfficePage(browser!, access);
    // This machine has Chromium: the answer of one without it (report.pdf_unavailable) is played back.
    await page.route('**/memoria.pdf', (route) =>
      route.fulfill({
        status: 503,
        contentType: 'application/json',
        body: JSON.stringify({ code: 'report.pdf_unavailable', message: 'Service unavailable' }),
      }),
    );
    await page.goto(`${server!.url}/eventos/${typical.eventId}/memoria`);
    await page.getByRole('button', { name: 'Descargar PDF' }).click();
    const alert = page.getByTestId('memoria-pdf-problem');
    await alert.waitFor();
    expect(await alert.textContent()).toMatch(/^Este servidor no puede generar el PDF ahora .*«Imprimir \/ Guardar PDF»/);
  });

  it('serves the same memoria as PDF from the server, with the caller session', async () => {
    const response = await fetch(`${server!.url}/api/v1/reports/events/${typical.eventId}/memoria.pdf`, { headers: access.headers() });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/pdf');
    const pdf = new Uint8Array(await response.arrayBuffer());
    expect(Buffer.from(pdf.subarray(0, 5)).toString()).toBe('%PDF-');
    const pages = pdfPageCount(pdf);
    console.log(`memoria PDF del servidor: ${pages} páginas A4`);
    expect(pages).toBeGreaterThan(1);
    expect(pages).toBeLessThanOrEqual(10);
  });
});
