import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { openPostgresStores } from '../../src/server/store/postgres/open-postgres-stores';
import { openSqliteStores } from '../../src/server/store/sqlite/open-sqlite-stores';
import { createStaff, enrollDevice, setupAdmin } from '../support/auth-bootstrap';
import { createTestDatabase, pgUnavailableReason, type TestDatabase } from '../support/pg-database';
import { startServerProcess } from '../support/server-process';
import { eventDraft, newEventId } from '../server/events/fixtures';
import { seedListado } from './listado-dataset';
import { anonymousBatch, p99, timed } from './open-loop-probes';
import { report } from './report';

/**
 * Issue 12's heaviest load: while a 100,000-attendee XLSX export (HEAVY_ROWS) and six full-range period
 * reports run at once, /api/v1/health (every 20 ms) and an enrolled device's 50-record sync (every 250 ms)
 * are asked open-loop; p99 of each, and how many requests failed (the same probes for 5 s before, with nothing
 * heavy running, say what the machine's own load costs). The server is a process of its own, so this
 * client's work does not share its event loop. Records are written straight into the store before the server
 * starts (seeding 100,000 through HTTP would take minutes and measure something else); the period reports
 * aggregate those same 100,000 check-ins. SQLite, then PostgreSQL (on a fresh database) when it answers;
 * BENCH_DB=sqlite or postgres runs one. The machine is shared: the load average is printed beside the figures.
 */
const ROWS = Number(process.env.HEAVY_ROWS ?? 100_000);
const REPORTS = 6;
const HEALTH_EVERY_MS = 20;
const SYNC_EVERY_MS = 250;
const SYNC_BATCH = 50;
const IDLE_MS = 5_000;

// Anonymous counts at one door: the smallest real device batch.
const deviceBatch = (eventId: string, deviceId: string) => anonymousBatch(eventId, deviceId, SYNC_BATCH, '2026-11-21T10:00:00-05:00');

async function run(db: 'sqlite' | 'pg'): Promise<void> {
  const root = await mkdtemp(join(tmpdir(), 'cabildo-bench-heavy-'));
  const dataDir = join(root, 'data');
  let pg: TestDatabase | undefined;
  try {
    await mkdir(dataDir);
    if (db === 'pg') pg = await createTestDatabase();
    const eventId = newEventId();
    const seeding = performance.now();
    const stores = pg ? await openPostgresStores(pg.url) : await openSqliteStores(join(dataDir, 'cabildo.sqlite'));
    try {
      await seedListado(stores, eventId, ROWS);
    } finally {
      await stores.close();
    }
    console.error(`[${db}] sembrados ${ROWS} registros en ${((performance.now() - seeding) / 1000).toFixed(1)} s`);

    const server = await startServerProcess({ dataDir, staticDir: join(root, 'no-static'), env: pg ? { DATABASE_URL: pg.url } : {}, startTimeoutMs: 120_000 });
    try {
      const admin = await setupAdmin(server.url, server.output());
      const created = await fetch(`${server.url}/api/v1/events`, { method: 'POST', headers: admin.headers(), body: JSON.stringify({ id: eventId, ...eventDraft({ name: 'Audiencia de ciudad' }) }) });
      if (created.status !== 201) throw new Error(`POST /events: ${created.status} ${await created.text()}`);
      const planner = await createStaff(server.url, admin, 'planeacion');
      const consulta = await createStaff(server.url, admin, 'consulta');
      const device = await enrollDevice(server.url, admin, { label: 'Puerta de prueba', eventIds: [eventId] });

      const health = () => fetch(`${server.url}/api/v1/health`);
      const sync = () => fetch(`${server.url}/api/v1/sync`, { method: 'POST', headers: device.headers(), body: JSON.stringify({ deviceId: device.deviceId, records: deviceBatch(eventId, device.deviceId) }) });
      const period = () => fetch(`${server.url}/api/v1/reports/period?from=2000-01-01&to=2100-12-31`, { headers: consulta.headers() });
      const exportXlsx = () => fetch(`${server.url}/api/v1/events/${eventId}/attendance.xlsx`, { headers: planner.headers() });
      // Warm-up: the report worker starts at the first report; one sync prepares its statements.
      await timed(period);
      await timed(sync);

      let errors = 0;
      const failed = (what: string) => (error: unknown) => {
        errors += 1;
        if (errors <= 3) console.error(`[${db}] falló ${what}:`, error instanceof Error ? `${error.message} ${String(error.cause ?? '')}` : error);
        return undefined;
      };
      const answered = async (times: Promise<number | undefined>[]) => (await Promise.all(times)).filter((ms): ms is number => ms !== undefined);
      // The same probes for a few seconds with nothing heavy running: what this shared machine's load alone costs.
      const idleHealth: Promise<number | undefined>[] = [];
      const idleSync: Promise<number | undefined>[] = [];
      const idleHealthProbe = setInterval(() => idleHealth.push(timed(health).catch(failed('un sondeo de salud en reposo'))), HEALTH_EVERY_MS);
      const idleSyncProbe = setInterval(() => idleSync.push(timed(sync).catch(failed('un lote de 50 en reposo'))), SYNC_EVERY_MS);
      await new Promise((resolve) => setTimeout(resolve, IDLE_MS));
      clearInterval(idleHealthProbe);
      clearInterval(idleSyncProbe);
      const idleHealthP99 = p99(await answered(idleHealth));
      const idleSyncP99 = p99(await answered(idleSync));

      const loadBefore = loadavg()[0]!;
      const started = performance.now();
      const heavy = Promise.all([
        timed(exportXlsx).catch(failed('la exportación')),
        ...Array.from({ length: REPORTS }, () => timed(period).catch(failed('un informe de periodo'))),
      ]);
      let running = true;
      void heavy.finally(() => (running = false));
      const healthMs: Promise<number | undefined>[] = [];
      const syncMs: Promise<number | undefined>[] = [];
      const probeHealth = setInterval(() => running && healthMs.push(timed(health).catch(failed('un sondeo de salud'))), HEALTH_EVERY_MS);
      const probeSync = setInterval(() => running && syncMs.push(timed(sync).catch(failed('un lote de 50'))), SYNC_EVERY_MS);
      const [exportMs, ...reportMs] = await heavy.finally(() => {
        clearInterval(probeHealth);
        clearInterval(probeSync);
      });
      const wall = performance.now() - started;
      const healthTimes = await answered(healthMs);
      const syncTimes = await answered(syncMs);
      const loadAfter = loadavg()[0]!;
      const slowestReport = Math.max(...reportMs.map((ms) => ms ?? Number.NaN));
      console.error(
        `[${db}] exportación de ${ROWS} filas en ${((exportMs ?? Number.NaN) / 1000).toFixed(1)} s y ${REPORTS} informes de periodo (el más lento ${(slowestReport / 1000).toFixed(1)} s) ` +
          `a la vez, ${(wall / 1000).toFixed(1)} s; ${healthTimes.length} sondeos de salud, ${syncTimes.length} lotes de ${SYNC_BATCH}; ` +
          `carga media (1 min) ${loadBefore.toFixed(2)} → ${loadAfter.toFixed(2)} en ${availableParallelism()} núcleos`,
      );
      report(`heavy_health_p99_idle_ms_${db}`, idleHealthP99, 'ms');
      report(`heavy_sync50_p99_idle_ms_${db}`, idleSyncP99, 'ms');
      report(`heavy_health_p99_ms_${db}`, p99(healthTimes), 'ms', '<=100');
      report(`heavy_sync50_p99_ms_${db}`, p99(syncTimes), 'ms', '<=100');
      report(`heavy_errors_${db}`, errors, 'count', '0');
      report(`heavy_listado_xlsx_ms_${db}`, exportMs ?? Number.NaN, 'ms');
      report(`heavy_wall_ms_${db}`, wall, 'ms');
      report(`heavy_loadavg_1m_${db}`, loadAfter, 'load');
    } finally {
      await server.stop();
    }
  } finally {
    await pg?.drop();
    await rm(root, { recursive: true, force: true });
  }
}

const only = process.env.BENCH_DB;
if (only !== 'postgres') await run('sqlite');
if (only !== 'sqlite') {
  const skip = await pgUnavailableReason();
  if (skip === undefined) await run('pg');
  else console.error(`PostgreSQL omitido: ${skip}`);
}
