import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { gzipSync } from 'node:zlib';
import { CHROMIUM_FLAGS, CHROMIUM_PATH, launchBrowser, newPhonePage } from '../support/browser';
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

type LighthouseRun = (
  url: string,
  flags: Record<string, unknown>,
) => Promise<{ lhr: { categories: Record<string, { score: number | null }>; audits: Record<string, { numericValue?: number }> } } | undefined>;

const LIGHTHOUSE_RUNS = Number(process.env.LIGHTHOUSE_RUNS ?? 3);

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};

async function lighthouseScores(url: string): Promise<void> {
  let lighthouse: LighthouseRun;
  let launch: (options: { chromePath: string; chromeFlags: string[] }) => Promise<{ port: number; kill(): void | Promise<void> }>;
  try {
    // Optional packages: named through variables so type checking does not require them.
    const lighthouseModule = 'lighthouse';
    const launcherModule = 'chrome-launcher';
    lighthouse = ((await import(lighthouseModule)) as { default: LighthouseRun }).default;
    launch = ((await import(launcherModule)) as { launch: typeof launch }).launch;
  } catch {
    console.error('aviso: el paquete lighthouse no está instalado; solo se mide form_js_gzip_kb.');
    return;
  }
  const runs: Record<'performance' | 'tbt' | 'accessibility' | 'bestPractices', number[]> = { performance: [], tbt: [], accessibility: [], bestPractices: [] };
  for (let i = 0; i < LIGHTHOUSE_RUNS; i++) {
    // A fresh browser each run: the first visit of a phone, not a warm cache or an installed service worker.
    const chrome = await launch({ chromePath: CHROMIUM_PATH, chromeFlags: CHROMIUM_FLAGS });
    try {
      const result = await lighthouse(url, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: ['performance', 'accessibility', 'best-practices'],
      });
      const categories = result?.lhr.categories ?? {};
      const score = (id: string) => Math.round((categories[id]?.score ?? 0) * 100);
      runs.performance.push(score('performance'));
      runs.accessibility.push(score('accessibility'));
      runs.bestPractices.push(score('best-practices'));
      runs.tbt.push(result?.lhr.audits['total-blocking-time']?.numericValue ?? Number.NaN);
    } finally {
      await chrome.kill();
    }
  }
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
