import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { gzipSync } from 'node:zlib';
import { launchBrowser, newPhonePage } from '../support/browser';
import { lighthouseRuns, median } from './lighthouse-runs';
import { startServerProcess, type ServerProcess } from '../support/server-process';
import { planningSession } from './bench-staff';
import { report } from './report';

/**
 * A citizen's first visit to a poster link (/f/escuchadero?e=&s=) on a fresh phone profile:
 * - form_js_gzip_kb: the JavaScript the page itself loaded until the network went quiet (the form is
 *   shown by then), each response gzipped as a server would send it. The service worker's precache
 *   downloads that follow the first visit are not the page's load and are left out.
 * - Lighthouse (performance, total blocking time, accessibility, best practices) with its default mobile
 *   emulation and simulated throttling, against Debian's Chromium, run LIGHTHOUSE_RUNS times (3) and the
 *   median of each figure printed: the machine is shared, one run says little. Runs only when the
 *   `lighthouse` package is installed.
 */
const run = promisify(execFile);
const outDir = await mkdtemp(join(tmpdir(), 'cabildo-bench-form-'));
const dataDir = await mkdtemp(join(tmpdir(), 'cabildo-bench-form-data-'));

/** The planning office makes the poster link; the citizen who opens it is anonymous, as on the street. */
async function formUrl(server: ServerProcess): Promise<string> {
  const serverUrl = server.url;
  const { headers } = await planningSession(server);
  const response = await fetch(`${serverUrl}/api/v1/forms/escuchadero/links`, {
    method: 'POST',
    headers: { ...headers, 'content-type': 'application/json' },
    body: JSON.stringify({ eventId: 'audiencia-2026' }),
  });
  if (!response.ok) throw new Error(`No se pudo crear el enlace: ${response.status}`);
  return serverUrl + ((await response.json()) as { path: string }).path;
}

async function jsLoadedKb(url: string): Promise<number> {
  const browser = await launchBrowser();
  try {
    const page = await newPhonePage(browser);
    const bodies: Promise<number>[] = [];
    page.on('response', (response) => {
      if (response.request().resourceType() !== 'script') return;
      bodies.push(response.body().then((body) => gzipSync(body).length, () => 0));
    });
    await page.goto(url);
    await page.getByRole('heading', { level: 1, name: /Escuchadero/ }).waitFor();
    await page.waitForLoadState('networkidle');
    return (await Promise.all(bodies)).reduce((a, b) => a + b, 0) / 1000;
  } finally {
    await browser.close();
  }
}

const LIGHTHOUSE_RUNS = Number(process.env.LIGHTHOUSE_RUNS ?? 3);

async function lighthouseScores(url: string): Promise<void> {
  const figures = await lighthouseRuns(url, ['performance', 'accessibility', 'best-practices'], LIGHTHOUSE_RUNS);
  if (!figures) {
    console.error('aviso: el paquete lighthouse no está instalado; solo se mide form_js_gzip_kb.');
    return;
  }
  const runs = { performance: figures.scores.performance!, tbt: figures.tbt, accessibility: figures.scores.accessibility!, bestPractices: figures.scores['best-practices']! };
  console.error(`lighthouse, ${LIGHTHOUSE_RUNS} corridas: ${JSON.stringify(runs)}`);
  report('lighthouse_performance', median(runs.performance), 'score', '>=95');
  report('lighthouse_tbt_ms', median(runs.tbt), 'ms', '<=200');
  report('lighthouse_accessibility', median(runs.accessibility), 'score', '>=100');
  report('lighthouse_best_practices', median(runs.bestPractices), 'score', '>=95');
}

try {
  await run(process.execPath, ['node_modules/vite/bin/vite.js', 'build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'warn']);
  const server = await startServerProcess({ dataDir, staticDir: outDir });
  try {
    const url = await formUrl(server);
    report('form_js_gzip_kb', await jsLoadedKb(url), 'KB', '<=70');
    await lighthouseScores(url);
  } finally {
    await server.stop();
  }
} finally {
  await rm(outDir, { recursive: true, force: true });
  await rm(dataDir, { recursive: true, force: true });
}
