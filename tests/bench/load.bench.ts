import { readFile, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import Database from 'better-sqlite3';
import pg from 'pg';
import { startServerProcess, type ServerProcess } from '../support/server-process';
import { createTestDatabase, pgUnavailableReason } from '../support/pg-database';
import { loadDevices, pushBody } from './load-devices';
import { report } from './report';

/**
 * The server under load on loopback: 200 devices, each on its own connection, pushing 50-record batches of new
 * attendance records back to back for 30 s (CABILDO_LOAD_SECONDS shortens it), first on SQLite, then on
 * PostgreSQL. Errors count every non-2xx answer, socket error and timeout (10 s); afterwards the stored rows
 * must be 50 × the answered pushes (plus those still in flight at the end), or the run fails. Peak RSS is the server process's VmHWM; the server's CPU
 * time per push tells its throughput ceiling apart from a busy machine's.
 */
const DEVICES = 200;
const BATCH = 50;
const SECONDS = Number(process.env.CABILDO_LOAD_SECONDS ?? 30);
// Every "device" shares one loopback IP, and 200 enrollments in a minute exceed the per-IP enrollment limit.
// (The per-device sync limit is not what binds here: each device pushes about once a second.)
const RATE_LIMIT_FACTOR = '10';

async function peakRssMb(pid: number): Promise<number> {
  const status = await readFile(`/proc/${pid}/status`, 'utf8');
  return Number(/VmHWM:\s+(\d+) kB/.exec(status)![1]) / 1024;
}

/** CPU seconds the process has used (user + system), from /proc/<pid>/stat (clock ticks of 1/100 s). */
async function cpuSeconds(pid: number): Promise<number> {
  const fields = (await readFile(`/proc/${pid}/stat`, 'utf8')).split(') ')[1]!.split(' ');
  return (Number(fields[11]) + Number(fields[12])) / 100;
}

async function load(server: ServerProcess) {
  const { devices, enrolled } = await loadDevices(server.url, server.output(), DEVICES);
  let next = 0;
  const serial = { n: 0 };
  const cpuBefore = await cpuSeconds(server.process.pid!);
  const result = await autocannon({
    url: `${server.url}/api/v1/sync`,
    connections: DEVICES,
    duration: SECONDS,
    timeout: 10,
    // Each connection is one device: its own credential, a fresh batch after every answer.
    setupClient: (client) => {
      const device = devices[next++ % devices.length]!;
      client.setRequests([{ method: 'POST', path: '/api/v1/sync', headers: device.headers, body: pushBody(device.deviceId, BATCH, serial) }]);
      client.on('response', () => client.setBody(pushBody(device.deviceId, BATCH, serial)));
    },
  });
  const cpu = (await cpuSeconds(server.process.pid!)) - cpuBefore;
  return { result, enrolled, cpu };
}

async function run(name: 'sqlite' | 'postgres', env: Record<string, string>, dataDir: string, countRecords: () => Promise<number>) {
  const server = await startServerProcess({ dataDir, staticDir: join(dataDir, 'no-static'), env: { RATE_LIMIT_FACTOR, ...env, ...(process.env.CABILDO_LOAD_NODE_OPTIONS ? { NODE_OPTIONS: process.env.CABILDO_LOAD_NODE_OPTIONS } : {}) } });
  let outcome: Awaited<ReturnType<typeof load>>;
  let rss: number;
  try {
    outcome = await load(server);
    rss = await peakRssMb(server.process.pid!);
  } finally {
    await server.stop();
  }
  const { result, enrolled, cpu } = outcome;
  const answered = result['2xx'];
  // autocannon counts timeouts among errors already.
  const errors = result.non2xx + result.errors;
  if (errors > 0) {
    console.error(`${name}: respuestas ${JSON.stringify(result.statusCodeStats)}, errores de conexión ${result.errors} (${result.timeouts} por tiempo)`);
    console.error(`${name}: final del registro del servidor:\n${server.output().slice(-3000)}`);
  }
  const stored = await countRecords();
  // Pushes still in flight when the clock stops are stored but never answered: at most one per device.
  if (stored < answered * BATCH || stored > (answered + DEVICES) * BATCH || stored % BATCH !== 0) {
    throw new Error(`${name}: ${answered} respuestas 2xx × ${BATCH} no cuadran con ${stored} registros guardados`);
  }
  console.error(`${name}: ${answered} lotes (${stored} registros) en ${SECONDS} s, ${DEVICES} dispositivos${enrolled ? ' enrolados' : ' sin credencial'}`);
  report(`load_${name}_rps`, result.requests.average, 'req/s');
  report(`load_${name}_records_per_s`, stored / SECONDS, 'records/s');
  report(`load_${name}_p50_ms`, result.latency.p50, 'ms');
  report(`load_${name}_p99_ms`, result.latency.p99, 'ms', '<=150');
  report(`load_${name}_errors`, errors, 'count', '0');
  report(`load_${name}_rss_mb`, rss, 'MB', '<=250');
  // What one push costs the server, whatever else the machine is running: the ceiling is 1000 / this per core.
  report(`load_${name}_server_cpu_ms_per_push`, (cpu * 1000) / Math.max(1, answered), 'ms');
}

// CABILDO_LOAD_ONLY=sqlite|postgres runs one half.
const only = process.env.CABILDO_LOAD_ONLY;
const root = await mkdtemp(join(tmpdir(), 'cabildo-load-'));
try {
  const sqliteDir = join(root, 'sqlite');
  if (only !== 'postgres') await run('sqlite', {}, sqliteDir, async () => {
    const db = new Database(join(sqliteDir, 'cabildo.sqlite'), { readonly: true });
    const { n } = db.prepare('select count(*) as n from records').get() as { n: number };
    db.close();
    return n;
  });

  const skip = only === 'sqlite' ? 'CABILDO_LOAD_ONLY=sqlite' : await pgUnavailableReason();
  if (skip !== undefined) console.error(`load_postgres omitido: ${skip}`);
  else {
    const database = await createTestDatabase();
    try {
      await run('postgres', { DATABASE_URL: database.url }, join(root, 'postgres'), async () => {
        const client = new pg.Client({ connectionString: database.url });
        await client.connect();
        const { rows } = await client.query<{ n: string }>('select count(*) as n from records');
        await client.end();
        return Number(rows[0]!.n);
      });
    } finally {
      await database.drop();
    }
  }
} finally {
  await rm(root, { recursive: true, force: true });
}
