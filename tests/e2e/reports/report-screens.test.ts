import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultCatalogues } from '../../../src/core/catalogues';
import type { RecordEnvelope } from '../../../src/core/records/envelope';
import { localEventReport } from '../../../src/app/state/reports/local-event-report';
import type { EventReport } from '../../../src/app/state/reports/report-types';
import { axeViolations, launchBrowser, waitForServiceWorkerControl } from '../../support/browser';
import { startServerProcess, type ServerProcess } from '../../support/server-process';
import { newOfficePage, paintedPixels, waitForCharts } from './report-pages';
import { seedOtherEvent, seedReportEvent } from './report-seed';
import { signInAsPlanning, type StaffAccess } from './sign-in';

const SCREENSHOTS = process.env.CABILDO_SCREENSHOTS;
const YEAR = '/informes?desde=2026-01-01&hasta=2026-12-31';

async function expectNoViolations(page: Parameters<typeof axeViolations>[0], where: string) {
  const violations = await axeViolations(page);
  if (violations.length > 0) throw new Error(`axe (${where}): ${JSON.stringify(violations, null, 2)}`);
}

describe('reports: dashboard and event report screens', () => {
  let dataDir: string;
  let server: ServerProcess | undefined;
  let browser: Browser | undefined;
  let access: StaffAccess;
  let eventId: string;
  let seeded: { id: string }[];

  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'cabildo-e2e-reports-'));
    server = await startServerProcess({ dataDir });
    access = await signInAsPlanning(server);
    ({ eventId, records: seeded } = await seedReportEvent(server.url, access));
    await seedOtherEvent(server.url, access);
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    await rm(dataDir, { recursive: true, force: true });
  });

  it('loads chart.js only on the report screens, and the dashboard compares the comunas', async () => {
    const page = await newOfficePage(browser!, access);
    const scripts: string[] = [];
    page.on('request', (request) => {
      if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
    });
    await page.goto(`${server!.url}/`);
    await page.getByRole('link', { name: 'Informes' }).waitFor();
    await page.waitForLoadState('networkidle');
    expect(scripts.filter((s) => s.includes('chart-setup'))).toEqual([]);

    await page.getByRole('link', { name: 'Informes' }).click();
    await page.getByRole('heading', { level: 1, name: 'Tablero de indicadores' }).waitFor();
    await waitForCharts(page);
    expect(scripts.filter((s) => s.includes('chart-setup'))).toHaveLength(1);

    await page.goto(`${server!.url}${YEAR}`);
    await waitForCharts(page);
    const events = page.locator('[data-section="events"] dd').first();
    expect(await events.textContent()).toBe('2');
    const comparison = page.locator('[data-table="territories"]');
    expect(await comparison.locator('tr[data-key="03"] th').textContent()).toBe('Manrique');
    expect(await comparison.locator('tr[data-key="03"] td').first().textContent()).toBe('14');
    expect(await comparison.locator('tr[data-key="08"] td').first().textContent()).toBe('1');
    expect((await paintedPixels(page)).every((n) => n > 500)).toBe(true);
    await page.getByRole('link', { name: 'Informe del periodo (Excel, XLSX)' }).waitFor();
    const openData = await page.getByRole('link', { name: 'Datos abiertos: indicadores por evento (CSV)' }).getAttribute('href');
    expect(openData).toBe('/api/v1/open-data/period.csv?from=2026-01-01&to=2026-12-31&table=indicadores');
    const download = await (await page.request.get(`${server!.url}${openData}`)).text();
    expect(download).toContain(eventId);
    if (SCREENSHOTS) await page.screenshot({ path: join(SCREENSHOTS, 'tablero.png'), fullPage: true });
    await expectNoViolations(page, 'tablero');
  });

  it('shows the event report with suppressed cells as such, and axe finds no violations', async () => {
    // consulta sees small cells hidden; the planning office sees them exact and marked (below).
    const reader = (await access.withRole('consulta')) ?? access;
    const page = await newOfficePage(browser!, reader);
    await page.goto(`${server!.url}/eventos/${eventId}/informe`);
    await waitForCharts(page);
    const ethnic = page.locator('[data-table="breakdown-ethnicGroup"]');
    expect(await ethnic.locator('tr[data-key="indigena"] td').textContent()).toBe('Reservado');
    // Every value is reserved or zero: a chart would be an empty frame (issue 13), the table says it in words.
    expect(await page.locator('[data-figure="breakdown-ethnicGroup"] canvas').count()).toBe(0);
    expect(await page.locator('[data-table="q-priorizacion-temas-temas"] tbody th').first().textContent()).toMatch(/^1\. /);
    // Every canvas has a text alternative and a table under it.
    expect(await page.locator('canvas[data-testid="report-chart"]:not([role="img"][aria-label])').count()).toBe(0);
    if (SCREENSHOTS) await page.screenshot({ path: join(SCREENSHOTS, 'informe-evento.png'), fullPage: true });
    await expectNoViolations(page, 'informe del evento');
  });

  it('shows the planning office the exact small counts, marked as not publishable', async () => {
    if (!access.authenticated) return; // An open API has no roles: one audience only.
    const page = await newOfficePage(browser!, access);
    await page.goto(`${server!.url}/eventos/${eventId}/informe`);
    await waitForCharts(page);
    const ethnic = page.locator('[data-table="breakdown-ethnicGroup"]');
    expect(await ethnic.locator('tr[data-key="indigena"] td').textContent()).toMatch(/^[1-4] \(no publicable\)$/);
    expect(await page.locator('[data-figure="breakdown-ethnicGroup"]').textContent()).toContain('No publicable: cifra exacta de menos de 5 personas');
    if (SCREENSHOTS) await page.screenshot({ path: join(SCREENSHOTS, 'informe-evento-oficina.png'), fullPage: true });
    await expectNoViolations(page, 'informe del evento (oficina)');
  });

  it("computes a field device's provisional report exactly as the server does, given the same records", async () => {
    // The door's phone publishes like any public table: compare with what consulta gets.
    const reader = (await access.withRole('consulta')) ?? access;
    const response = await fetch(`${server!.url}/api/v1/reports/events/${eventId}`, { headers: reader.headers() });
    const fromServer = ((await response.json()) as EventReport);
    const local = localEventReport(eventId, seeded as RecordEnvelope[], defaultCatalogues);
    expect(local.attendance).toEqual(fromServer.attendance);
    expect(local.satisfaction).toEqual(fromServer.satisfaction);
    expect(local.attendance.breakdowns.ethnicGroup.cells.find((c) => c.key === 'indigena')?.value).toEqual({ suppressed: true });
  });

  it('says to sign in on 401, and says it is offline without the network, instead of failing', async () => {
    const page = await newOfficePage(browser!, access);
    if (!access.authenticated) {
      // The server has no sessions yet: answer as it will once they arrive (AUTH_CONTRACT auth.required).
      await page.route('**/api/v1/reports/**', (route) =>
        route.fulfill({ status: 401, json: { code: 'auth.required', message: 'Inicie sesión para continuar.' } }),
      );
    } else {
      await page.context().clearCookies();
    }
    await page.goto(`${server!.url}/eventos/${eventId}/informe`);
    const failure = page.getByTestId('report-failure');
    await failure.waitFor();
    expect(await failure.getAttribute('data-reason')).toBe('signIn');
    expect(await failure.textContent()).toMatch(/^Inicie sesión/);
    expect(await failure.getByRole('link', { name: 'Ir a iniciar sesión' }).getAttribute('href')).toBe('/ingresar');
    await page.unrouteAll();

    const online = await newOfficePage(browser!, access);
    await online.goto(`${server!.url}${YEAR}`);
    await waitForCharts(online);
    await online.context().setOffline(true);
    await online.getByLabel('Desde').fill('2026-02-01');
    await online.getByRole('button', { name: 'Ver el periodo' }).click();
    const offline = online.getByTestId('report-failure');
    await offline.waitFor();
    expect(await offline.getAttribute('data-reason')).toBe('offline');
    expect(await offline.textContent()).toMatch(/^Sin conexión\. Los informes se calculan en el servidor/);
    await expectNoViolations(online, 'tablero sin conexión');

    // The event report offline falls back to this device's own records (none on this desk computer).
    await online.context().setOffline(false);
    await online.goto(`${server!.url}/eventos/${eventId}/informe`);
    await waitForCharts(online);
    await waitForServiceWorkerControl(online);
    await online.context().setOffline(true);
    // Reopened with no signal, the session cannot be asked for: the menu comes from the role last seen here.
    await online.reload();
    await online.getByRole('link', { name: 'Informes', exact: true }).click();
    await online.getByTestId('report-failure').waitFor();
    await online.goBack();
    const local = online.getByTestId('local-report');
    await local.getByRole('heading', { name: 'Informe provisional con los datos de este dispositivo' }).waitFor();
    await local.getByText('Este dispositivo no tiene asistencia registrada para este evento.').waitFor();
    await expectNoViolations(online, 'informe del evento sin conexión');
  });
});
