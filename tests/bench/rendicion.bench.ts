import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { gzipSync } from 'node:zlib';
import { commitmentOf, updateOf } from '../support/commitment-fixtures';
import { startServerProcess, type ServerProcess } from '../support/server-process';
import { eventDraft } from '../server/events/fixtures';
import { escuchadero, escuchaderoAnswers } from '../server/forms/fixtures';
import { planningSession } from './bench-staff';
import { lighthouseRuns, median } from './lighthouse-runs';
import { report } from './report';

/**
 * The public page /rendicion on a citizen's first visit, with something to show: an upcoming and a past
 * event, an answered question and a few commitments, all published.
 * - rendicion_html_gzip_kb: the page's HTML (it needs no other file to render: CSS inline, one deferred script).
 * - Lighthouse performance, SEO and accessibility (mobile emulation, simulated throttling), median of
 *   LIGHTHOUSE_RUNS (3) runs in a fresh browser each.
 */
const run = promisify(execFile);
const outDir = await mkdtemp(join(tmpdir(), 'cabildo-bench-rendicion-'));
const dataDir = await mkdtemp(join(tmpdir(), 'cabildo-bench-rendicion-data-'));
const LIGHTHOUSE_RUNS = Number(process.env.LIGHTHOUSE_RUNS ?? 3);

async function seed(server: ServerProcess): Promise<void> {
  const { headers } = await planningSession(server);
  const send = async (method: string, path: string, body: unknown) => {
    const response = await fetch(`${server.url}${path}`, { method, headers: { ...headers, 'content-type': 'application/json' }, body: JSON.stringify(body) });
    if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`);
  };
  await send('POST', '/api/v1/events', { id: 'audiencia-2026', ...eventDraft({ status: 'closed' }) });
  await send('POST', '/api/v1/events', { id: 'audiencia-2027', ...eventDraft({ name: 'Audiencia pública 2027', startsAt: '2027-03-10T09:00:00-05:00', endsAt: '2027-03-10T12:00:00-05:00', status: 'planned' }) });
  for (const id of ['audiencia-2026', 'audiencia-2027']) await send('PUT', `/api/v1/events/${id}/publication`, { published: true });
  const entry = escuchadero(escuchaderoAnswers({ publicar: true }), { eventId: 'audiencia-2026' });
  await send('POST', '/api/v1/sync', { deviceId: entry.deviceId, records: [entry] });
  await send('POST', `/api/v1/escuchadero/${entry.id}/assign`, { office: 'infraestructura' });
  await send('POST', `/api/v1/escuchadero/${entry.id}/answer`, { text: 'La obra del parque termina en marzo de 2027.' });
  await send('PUT', `/api/v1/escuchadero/${entry.id}/publication`, { published: true });
  for (let i = 0; i < 5; i++) {
    const commitment = commitmentOf({ eventId: 'audiencia-2026', title: `Compromiso número ${i + 1} de la audiencia`, territory: '03', topic: '3.1' });
    await send('POST', '/api/v1/commitments', commitment);
    await send('POST', `/api/v1/commitments/${commitment.id}/updates`, updateOf(commitment.id, { percent: 20 * i }));
  }
}

try {
  await run(process.execPath, ['node_modules/vite/bin/vite.js', 'build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'warn']);
  const server = await startServerProcess({ dataDir, staticDir: outDir });
  try {
    await seed(server);
    const url = `${server.url}/rendicion`;
    const html = await (await fetch(url)).text();
    report('rendicion_html_gzip_kb', gzipSync(html).length / 1000, 'KB', '<=14');
    const figures = await lighthouseRuns(url, ['performance', 'seo', 'accessibility'], LIGHTHOUSE_RUNS);
    if (!figures) {
      console.error('aviso: el paquete lighthouse no está instalado; solo se mide rendicion_html_gzip_kb.');
    } else {
      console.error(`lighthouse /rendicion, ${LIGHTHOUSE_RUNS} corridas: ${JSON.stringify(figures)}`);
      report('rendicion_lighthouse_performance', median(figures.scores.performance!), 'score', '>=95');
      report('rendicion_lighthouse_seo', median(figures.scores.seo!), 'score', '>=95');
      report('rendicion_lighthouse_accessibility', median(figures.scores.accessibility!), 'score', '>=100');
      report('rendicion_lighthouse_tbt_ms', median(figures.tbt), 'ms', '<=200');
    }
  } finally {
    await server.stop();
  }
} finally {
  await rm(outDir, { recursive: true, force: true });
  await rm(dataDir, { recursive: true, force: true });
}
