import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { monitorEventLoopDelay, performance as perf, PerformanceObserver } from 'node:perf_hooks';
import { join } from 'node:path';
import { openSqliteStores } from '../../src/server/store/sqlite/open-sqlite-stores';
import { startAuthedServer } from '../server/support/authed-server';
import { createEvent } from '../server/reports/fixtures';
import { newEventId } from '../server/events/fixtures';
import { seedListado } from './listado-dataset';
import { report } from './report';

/**
 * The attendance list of one event with EXPORT_ROWS (100,000) check-ins as XLSX, streamed, on SQLite,
 * server in this process so its own RSS and event loop are what is measured. While the export runs,
 * /api/v1/health is asked again and again: its p99 is what a device waits meanwhile. Records are written
 * straight into the store (seeding 100,000 through HTTP would take minutes and measure something else).
 * The export is written in an export worker thread of this same process, so RSS counts its memory too. The
 * client (the download and the health checks) is a process of its own: its garbage is not the server's. On a
 * shared machine a thread waits for a core whatever it does: an idle process beside this one measures its own
 * event loop meanwhile, and its longest wait (machine_loop_max_block_ms) says how much of ours is the machine's.
 */
const ROWS = Number(process.env.EXPORT_ROWS ?? 100_000);
const MB = 1024 * 1024;

// Seeded before the server starts, so seeding neither blocks nor races the server's connections.
const dataDir = await mkdtemp(join(tmpdir(), 'cabildo-bench-export-'));
const eventId = newEventId();
const seeding = performance.now();
const writer = await openSqliteStores(join(dataDir, 'cabildo.sqlite'));
try {
  await seedListado(writer, eventId, ROWS);
} finally {
  await writer.close();
}
console.error(`sembrados ${ROWS} registros en ${((performance.now() - seeding) / 1000).toFixed(1)} s`);

// REPORT_WORKERS=0 writes the export in process (the fallback), to compare.
const workers = Number(process.env.REPORT_WORKERS ?? 1);
const server = await startAuthedServer({ dataDir, reportWorkers: workers });
try {
  await createEvent(server.url, { name: 'Audiencia de ciudad' }, eventId);
  const emptyEventId = (await createEvent(server.url)).id;

  const url = `${server.url}/api/v1/events/${eventId}/attendance.xlsx`;
  const headers = server.admin.headers();
  // Warm-up: exceljs loaded, statements prepared, so the growth measured is the export's, not the first load's.
  const warm = await fetch(`${server.url}/api/v1/events/${emptyEventId}/attendance.xlsx`, { headers });
  await warm.arrayBuffer();
  global.gc?.();

  const machine = idleLoopProbe();
  const rssBefore = process.memoryUsage().rss;
  let rssPeak = rssBefore;
  const sampler = setInterval(() => (rssPeak = Math.max(rssPeak, process.memoryUsage().rss)), 20);
  const loop = monitorEventLoopDelay({ resolution: 5 });
  loop.enable();
  const busyBefore = perf.eventLoopUtilization();
  // This thread's garbage collections: the pauses of its own that the event loop's delays may include.
  let gcMaxMs = 0;
  const gcs = new PerformanceObserver((list) => list.getEntries().forEach((entry) => (gcMaxMs = Math.max(gcMaxMs, entry.duration))));
  gcs.observe({ entryTypes: ['gc'] });
  const { ms, bytes, status, healthTimes } = await clientRun(server.url, url, headers);
  // The share of the export's time this event loop was busy (a machine's waits for a core count as busy too).
  const busy = perf.eventLoopUtilization(busyBefore).utilization;
  loop.disable();
  gcs.disconnect();
  clearInterval(sampler);
  if (status !== 200 || bytes < ROWS * 20) throw new Error(`exportación: ${status}, ${bytes} bytes`);

  const machineMaxMs = await machine.stop();
  healthTimes.sort((a, b) => a - b);
  const p99 = healthTimes[Math.min(healthTimes.length - 1, Math.floor(healthTimes.length * 0.99))]!;
  console.error(`REPORT_WORKERS=${workers}; bucle de eventos: p99 ${(loop.percentile(99) / 1e6).toFixed(1)} ms, ocupado ${(busy * 100).toFixed(0)} %`);
  console.error(`${ROWS} filas, ${(bytes / MB).toFixed(1)} MB en ${(ms / 1000).toFixed(1)} s; ${healthTimes.length} consultas de salud mientras tanto (máquina compartida: cifras orientativas)`);
  report('export_xlsx_100k_sqlite_ms', ms, 'ms');
  report('export_xlsx_100k_sqlite_rss_growth_mb', (rssPeak - rssBefore) / MB, 'MB', '<=50');
  report('export_xlsx_100k_sqlite_loop_max_block_ms', loop.max / 1e6, 'ms', '<=50');
  report('export_xlsx_100k_sqlite_health_p99_ms', p99, 'ms', '<=100');
  report('export_xlsx_100k_sqlite_rss_before_mb', rssBefore / MB, 'MB');
  report('export_xlsx_100k_sqlite_loop_busy_percent', busy * 100, '%');
  report('export_xlsx_100k_sqlite_gc_max_pause_ms', gcMaxMs, 'ms');
  report('export_xlsx_100k_sqlite_machine_loop_max_block_ms', machineMaxMs, 'ms');
} finally {
  await server.dispose();
  await rm(dataDir, { recursive: true, force: true });
}

/** A process that does nothing but measure its own event loop's longest delay, until stopped. */
function idleLoopProbe(): { stop: () => Promise<number> } {
  const script = `const h = require('node:perf_hooks').monitorEventLoopDelay({ resolution: 5 }); h.enable();
process.stdin.on('end', () => process.stdout.write(String(h.max / 1e6))); process.stdin.resume();`;
  const child = spawn(process.execPath, ['-e', script], { stdio: ['pipe', 'pipe', 'inherit'] });
  let out = '';
  child.stdout.on('data', (data: Buffer) => (out += data.toString()));
  return {
    stop: async () => {
      child.stdin.end();
      await once(child, 'exit');
      return Number(out);
    },
  };
}

/**
 * The client side in a process of its own: downloads `url` to the end while asking /api/v1/health again and
 * again, and answers the download's time, size and status and each health check's time.
 */
async function clientRun(serverUrl: string, url: string, headers: Record<string, string>): Promise<{ ms: number; bytes: number; status: number; healthTimes: number[] }> {
  const script = `const [serverUrl, url, headers] = JSON.parse(process.argv[1]);
let exporting = true;
const healthTimes = [];
const health = (async () => {
  while (exporting) {
    const started = performance.now();
    const response = await fetch(serverUrl + '/api/v1/health');
    await response.arrayBuffer();
    healthTimes.push(performance.now() - started);
  }
})();
(async () => {
  const started = performance.now();
  const response = await fetch(url, { headers });
  let bytes = 0;
  const reader = response.body.getReader();
  for (let part = await reader.read(); !part.done; part = await reader.read()) bytes += part.value.byteLength;
  const ms = performance.now() - started;
  exporting = false;
  await health;
  process.stdout.write(JSON.stringify({ ms, bytes, status: response.status, healthTimes }));
})();`;
  const child = spawn(process.execPath, ['-e', script, JSON.stringify([serverUrl, url, headers])], { stdio: ['ignore', 'pipe', 'inherit'] });
  let out = '';
  child.stdout.on('data', (data: Buffer) => (out += data.toString()));
  const [code] = (await once(child, 'exit')) as [number];
  if (code !== 0) throw new Error(`el cliente terminó con ${code}`);
  return JSON.parse(out) as { ms: number; bytes: number; status: number; healthTimes: number[] };
}
