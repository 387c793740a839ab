import { mkdtemp, rm } from 'node:fs/promises';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { createTestDatabase, type TestDatabase } from '../support/pg-database';
import { startServerProcess } from '../support/server-process';
import { planningSession } from './bench-staff';
import { anonymousBatch, p99, timed } from './open-loop-probes';
import { report } from './report';
import { EVENTS, seed, YEAR } from './report-dataset';

/**
 * Issue 12: is the server still there while six full-range period reports run at once? Health is probed
 * open-loop every 20 ms and a device pushes a 50-record batch every 250 ms for as long as the reports take;
 * p99 of each. BENCH_DB=postgres runs it on a fresh PostgreSQL database; REPORT_WORKERS is handed to the
 * server (0 = the reports computed on the main thread, as before issue 12). The machine is shared: the load
 * average is printed beside the figures.
 */
const REPORTS = 6;
const HEALTH_EVERY_MS = 20;
const SYNC_EVERY_MS = 250;
const SYNC_BATCH = 50;
const IDLE_MS = 5_000;

const answered = (times: (number | undefined)[]) => times.filter((ms): ms is number => ms !== undefined);

let probeErrors = 0;
/** A probe that fails (the server reset or refused it) counts as an error, not a time; the bench goes on. */
const probed = (request: () => Promise<Response>): Promise<number | undefined> =>
  timed(request).catch((error: unknown) => {
    probeErrors += 1;
    if (probeErrors === 1) console.error('primer sondeo fallido:', error instanceof Error ? `${error.message} ${String(error.cause ?? '')}` : error);
    return undefined;
  });

// Anonymous counts at one door of the year's second event: the smallest real device batch.
const deviceBatch = () => anonymousBatch('bench-1', 'puerta-bench', SYNC_BATCH, '2025-01-03T10:00:00-05:00');

const usePostgres = process.env.BENCH_DB === 'postgres';
const workers = process.env.REPORT_WORKERS ?? '1';
const root = await mkdtemp(join(tmpdir(), 'cabildo-bench-report-load-'));
let pg: TestDatabase | undefined;
if (usePostgres) pg = await createTestDatabase();
const server = await startServerProcess({
  dataDir: join(root, 'data'),
  staticDir: join(root, 'no-static'),
  env: { REPORT_WORKERS: workers, ...(pg ? { DATABASE_URL: pg.url } : {}) },
});
try {
  const { headers } = await planningSession(server);
  const seeding = performance.now();
  const { records } = await seed(server.url, headers);
  console.error(`sembrados ${EVENTS} eventos y ${records} registros en ${((performance.now() - seeding) / 1000).toFixed(1)} s (${usePostgres ? 'PostgreSQL' : 'SQLite'}, REPORT_WORKERS=${workers})`);
  const health = () => fetch(`${server.url}/api/v1/health`);
  const sync = () => fetch(`${server.url}/api/v1/sync`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ deviceId: 'puerta-bench', records: deviceBatch() }) });

  // Warm-up: the report worker starts at the first report.
  await timed(() => fetch(`${server.url}/api/v1/reports/period?from=${YEAR.from}&to=${YEAR.to}`, { headers }));
  const loadBefore = loadavg()[0]!;

  // The same probes for a few seconds with no report running: what this machine's load alone costs.
  const idleHealth: Promise<number | undefined>[] = [];
  const idleSync: Promise<number | undefined>[] = [];
  const idleHealthProbe = setInterval(() => idleHealth.push(probed(health)), HEALTH_EVERY_MS);
  const idleSyncProbe = setInterval(() => idleSync.push(probed(sync)), SYNC_EVERY_MS);
  await new Promise((resolve) => setTimeout(resolve, IDLE_MS));
  clearInterval(idleHealthProbe);
  clearInterval(idleSyncProbe);

  const healthMs: Promise<number | undefined>[] = [];
  const syncMs: Promise<number | undefined>[] = [];
  const started = performance.now();
  // A report that fails (in process, six of them outlast the server's 60 s request timeout) is counted, not timed.
  let reportErrors = 0;
  const reports = Promise.all(
    Array.from({ length: REPORTS }, () =>
      timed(() => fetch(`${server.url}/api/v1/reports/period?from=2000-01-01&to=2100-12-31`, { headers })).catch(() => {
        reportErrors += 1;
        return performance.now() - started;
      }),
    ),
  );
  let running = true;
  void reports.finally(() => (running = false));
  const probeHealth = setInterval(() => running && healthMs.push(probed(health)), HEALTH_EVERY_MS);
  const probeSync = setInterval(() => running && syncMs.push(probed(sync)), SYNC_EVERY_MS);
  const reportMs = await reports.finally(() => {
    clearInterval(probeHealth);
    clearInterval(probeSync);
  });
  const wall = performance.now() - started;
  const healthTimes = answered(await Promise.all(healthMs));
  const syncTimes = answered(await Promise.all(syncMs));
  const loadAfter = loadavg()[0]!;
  console.error(
    `${REPORTS} informes de periodo en ${(wall / 1000).toFixed(1)} s (el más lento ${(Math.max(...reportMs) / 1000).toFixed(1)} s); ` +
      `${healthTimes.length} sondeos de salud, ${syncTimes.length} lotes de ${SYNC_BATCH}; carga media (1 min) ${loadBefore.toFixed(2)} → ${loadAfter.toFixed(2)} en ${availableParallelism()} núcleos`,
  );
  const suffix = usePostgres ? '_pg' : '';
  report(`health_p99_idle_ms${suffix}`, p99(answered(await Promise.all(idleHealth))), 'ms');
  report(`sync50_p99_idle_ms${suffix}`, p99(answered(await Promise.all(idleSync))), 'ms');
  report(`health_p99_during_reports_ms${suffix}`, p99(healthTimes), 'ms', '<=100');
  report(`sync50_p99_during_reports_ms${suffix}`, p99(syncTimes), 'ms', '<=100');
  report(`probe_errors_during_reports${suffix}`, probeErrors, 'count', '0');
  report(`period_reports_failed${suffix}`, reportErrors, 'count', '0');
  report(`period_reports_6_wall_ms${suffix}`, wall, 'ms');
  report(`loadavg_1m_during_reports${suffix}`, loadAfter, 'load');
} finally {
  await server.stop();
  await pg?.drop();
  await rm(root, { recursive: true, force: true });
}

