import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from '../support/browser';
import { startServerProcess } from '../support/server-process';
import { planningSession } from './bench-staff';
import { report } from './report';
import { EVENTS, seed, YEAR } from './report-dataset';

/**
 * The report screens in Chromium, on the dataset of report.bench.ts (one event with 5,000 attendees, a
 * year with 200 events / ~100,000 records): from navigation start to every chart painted and every table
 * in the page, measured by the page's own clock (performance.now() counts from navigation start). It
 * includes the server computing the report, the lazy route and chart.js chunks, and Solid rendering.
 * Median of 5 visits after one warm-up visit (chunks cached, as for a planner who opened reports before).
 */
const RUNS = 5;
const run = promisify(execFile);

/** ms since navigation start when the report is on screen: all charts drawn, a table under each. */
type Rendered = { ms: number; charts: number; tables: number; apiStart: number; apiEnd: number; firstChart: number };

async function renderedAt(page: Page, url: string, root: string): Promise<Rendered> {
  await page.goto(url, { waitUntil: 'commit' });
  const handle = await page.waitForFunction(
    (rootSelector) => {
      const rootEl = document.querySelector(rootSelector);
      if (!rootEl || rootEl.querySelector('[data-testid="report-failure"]')) return rootEl ? { failed: true } : false;
      const sections = rootEl.querySelectorAll('[data-testid="report-section"]').length;
      const charts = [...rootEl.querySelectorAll<HTMLCanvasElement>('canvas[data-testid="report-chart"]')];
      const tables = rootEl.querySelectorAll('table[data-testid="report-table"]').length;
      const ready = sections > 0 && charts.length > 0 && charts.every((c) => c.dataset.drawn === 'true') && tables >= charts.length;
      // When the server's answer arrived: the rest is the browser's (chunks, rendering, charts).
      const api = performance.getEntriesByType('resource').find((e) => e.name.includes('/api/v1/reports/')) as PerformanceResourceTiming | undefined;
      const drawn = charts.map((c) => Number(c.dataset.drawnAt));
      return ready ? { ms: performance.now(), charts: charts.length, tables, apiStart: api?.requestStart ?? 0, apiEnd: api?.responseEnd ?? 0, firstChart: Math.min(...drawn) } : false;
    },
    root,
    { polling: 'raf', timeout: 60_000 },
  );
  const result = (await handle.jsonValue()) as Rendered | { failed: true };
  if ('failed' in result) throw new Error(`${url}: ${await page.getByTestId('report-failure').textContent()}`);
  return result;
}

async function median(browser: Browser, url: string, root: string, cookie?: { name: string; value: string }): Promise<number> {
  const context = await browser.newContext({ viewport: { width: 1200, height: 900 }, locale: 'es-CO', timezoneId: 'America/Bogota' });
  if (cookie) await context.addCookies([{ ...cookie, url: new URL(url).origin }]);
  try {
    const warm = await renderedAt(await context.newPage(), url, root);
    const runs: Rendered[] = [];
    for (let i = 0; i < RUNS; i++) {
      const page = await context.newPage();
      runs.push(await renderedAt(page, url, root));
      await page.close();
    }
    runs.sort((a, b) => a.ms - b.ms);
    const mid = runs[RUNS >> 1]!;
    const phases = `petición ${mid.apiStart.toFixed(0)} ms, servidor ${(mid.apiEnd - mid.apiStart).toFixed(0)} ms, navegador ${(mid.ms - mid.apiEnd).toFixed(0)} ms, de ellos gráficos ${(mid.ms - mid.firstChart).toFixed(0)} ms`;
    console.error(`${url.replace(/^https?:\/\/[^/]+/, '')}: primera ${warm.ms.toFixed(0)} ms (${warm.charts} gráficos, ${warm.tables} tablas), mediana de ${RUNS} ${mid.ms.toFixed(0)} ms (${phases})`);
    return mid.ms;
  } finally {
    await context.close();
  }
}

const root = await mkdtemp(join(tmpdir(), 'cabildo-bench-report-render-'));
const outDir = join(root, 'dist');
await run(process.execPath, ['node_modules/vite/bin/vite.js', 'build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'warn']);
const server = await startServerProcess({ dataDir: join(root, 'data'), staticDir: outDir });
let browser: Browser | undefined;
try {
  const session = await planningSession(server);
  const seeding = performance.now();
  const { bigEvent, records } = await seed(server.url, session.headers);
  console.error(`sembrados ${EVENTS} eventos y ${records} registros en ${((performance.now() - seeding) / 1000).toFixed(1)} s`);
  browser = await launchBrowser();
  const event = await median(browser, `${server.url}/eventos/${bigEvent}/informe`, '[data-testid="event-report"]', session.cookie);
  const year = await median(browser, `${server.url}/informes?desde=${YEAR.from}&hasta=${YEAR.to}`, '[data-testid="dashboard"]', session.cookie);
  report('report_event_render_ms', event, 'ms', '<=1000');
  report('dashboard_year_render_ms', year, 'ms', '<=3000');
} catch (error) {
  console.error(`Salida del servidor:\n${server.output().slice(-3000)}`);
  throw error;
} finally {
  await browser?.close();
  await server.stop();
  await rm(root, { recursive: true, force: true });
}
