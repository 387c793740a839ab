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

const EVENT_ID = 'audiencia-2026';
/** The four built-in forms; the urna virtual is a template, answered through its copy for the event. */
const FORM_IDS = ['escuchadero', 'evaluacion-audiencia', 'priorizacion-temas', 'urna-virtual'] as const;
type FormId = (typeof FORM_IDS)[number];

interface PosterLink {
  url: string;
  /** The form's title as its heading shows it: the page is measured once the form is on screen. */
  title: string;
}

type StaffHeaders = Record<string, string>;

async function staffCall<T>(server: ServerProcess, headers: StaffHeaders, method: string, path: string, body?: unknown): Promise<T> {
  const response = await fetch(`${server.url}${path}`, {
    method,
    headers: body === undefined ? headers : { ...headers, 'content-type': 'application/json' },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`);
  return (await response.json()) as T;
}

interface StoredForm {
  id: string;
  version: number;
  template?: boolean;
  title: { es: string; en: string };
}

/** The urna virtual's copy for the event, made as the office's "Crear enlace y QR" makes it (staff-api.ts). */
async function urnaCopy(server: ServerProcess, headers: StaffHeaders, template: StoredForm): Promise<StoredForm> {
  const { version: _version, template: _template, ...rest } = template;
  const copy = { ...rest, id: `urna-${EVENT_ID}`, title: { es: `${template.title.es} — Audiencia`, en: template.title.en } };
  return (await staffCall<{ form: StoredForm }>(server, headers, 'POST', '/api/v1/forms', copy)).form;
}

/** The planning office makes the poster links; the citizen who opens one is anonymous, as on the street. */
async function posterLinks(server: ServerProcess): Promise<Record<FormId, PosterLink>> {
  const { headers } = await planningSession(server);
  const { forms } = await staffCall<{ forms: StoredForm[] }>(server, headers, 'GET', '/api/v1/forms');
  const links = {} as Record<FormId, PosterLink>;
  for (const id of FORM_IDS) {
    const stored = forms.find((f) => f.id === id);
    if (!stored) throw new Error(`El formulario ${id} no está en el servidor.`);
    const form = stored.template ? await urnaCopy(server, headers, stored) : stored;
    const { path } = await staffCall<{ path: string }>(server, headers, 'POST', `/api/v1/forms/${form.id}/links`, { eventId: EVENT_ID });
    links[id] = { url: server.url + path, title: form.title.es };
  }
  return links;
}

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
