import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { gzipSync } from 'node:zlib';
import { launchBrowser, newPhonePage } from '../support/browser';
import { lighthouseRuns, median } from './lighthouse-runs';
import { startServerProcess } from '../support/server-process';
import { FORM_IDS, posterLinks, type FormId, type PosterLink } from './poster-links';
import { report } from './report';

/**
 * A citizen's first visit to a poster link (/f/<form>?e=&s=) on a fresh phone profile, for each of the four
 * built-in forms (the urna virtual through its copy for the event, as the office makes it):
 * - form_js_gzip_kb: the JavaScript the page itself loaded until the network went quiet (the form is
 *   shown by then), each response gzipped as a server would send it; the LARGEST of the four forms (each
 *   one printed on stderr). The service worker's precache downloads that follow the first visit are not the
 *   page's load and are left out.
 * - Lighthouse (performance, total blocking time, accessibility, best practices) against the escuchadero
 *   link, with its default mobile emulation and simulated throttling, against Debian's Chromium, run
 *   LIGHTHOUSE_RUNS times (3) and the median of each figure printed: the machine is shared, one run says
 *   little. Runs only when the `lighthouse` package is installed.
 */
const run = promisify(execFile);
const outDir = await mkdtemp(join(tmpdir(), 'cabildo-bench-form-'));
const dataDir = await mkdtemp(join(tmpdir(), 'cabildo-bench-form-data-'));

async function jsLoadedKb(link: PosterLink): Promise<number> {
  const browser = await launchBrowser();
  try {
    const page = await newPhonePage(browser);
    const bodies: Promise<number>[] = [];
    page.on('response', (response) => {
      if (response.request().resourceType() !== 'script') return;
      bodies.push(response.body().then((body) => gzipSync(body).length, () => 0));
    });
    await page.goto(link.url);
    await page.getByRole('heading', { level: 1, name: link.title, exact: true }).waitFor();
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
    const links = await posterLinks(server);
    const loaded: Partial<Record<FormId, number>> = {};
    // One after another: two browsers side by side would measure each other.
    for (const id of FORM_IDS) loaded[id] = await jsLoadedKb(links[id]);
    console.error(`JavaScript de la primera carga (KB gzip) por formulario: ${JSON.stringify(loaded)}`);
    report('form_js_gzip_kb', Math.max(...Object.values(loaded)), 'KB', '<=70');
    await lighthouseScores(links.escuchadero.url);
  } finally {
    await server.stop();
  }
} finally {
  await rm(outDir, { recursive: true, force: true });
  await rm(dataDir, { recursive: true, force: true });
}
