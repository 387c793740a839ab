import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { setTimeout as pause } from 'node:timers/promises';
import { eventDraft } from '../server/events/fixtures';
import { startServerProcess, type ServerProcess } from '../support/server-process';
import { keepAliveAgent, send } from './bench-http';
import { enrollDevice, setupAdmin, type EnrolledDevice } from '../support/auth-bootstrap';
import { LOAD_EVENT_ID, pushBody } from './load-devices';
import { cpuSeconds, percentile, reportLoadAverage } from './load-servers';
import { report } from './report';
import { openSqliteStores } from '../../src/server/store/sqlite/open-sqlite-stores';
import { DEFAULT_RATE_LIMITS, rateLimiter, type RateLimitName } from '../../src/server/auth/rate-limits';

/**
 * Issue 12: anonymous public reads beside a device's sync, on SQLite (one writer). READERS clients read the
 * /rendicion page, the published events and one event's public fields in turn (or CABILDO_PUBLIC_PATHS,
 * comma-separated), as fast as they are answered (closed loop): first alone for a third of the time, then for
 * CABILDO_PUBLIC_SECONDS (15) while one enrolled device pushes a 50-record batch every PUSH_EVERY_MS (open loop:
 * a busy door).
 * - public_read_rps, public_read_p99_ms: the anonymous reads.
 * - public_sync_p99_ms: the device's pushes meanwhile, from when each was due.
 * - public_cpu_ms_per_read: the server's CPU time per read, with the reads alone: on a shared machine less noisy
 *   than the latencies.
 * - rate_check_database_us, rate_check_memory_us: one rate-limit check counted in the SQLite file (as every
 *   public read was before issue 12's leftovers) and in process memory (as now), in this process, no server.
 * Rate limits are raised (RATE_LIMIT_FACTOR) so no read is refused: what is measured is the cost of counting.
 */
const READERS = 16;
const BATCH = 50;
const PUSH_EVERY_MS = 250;
const DURATION_MS = Number(process.env.CABILDO_PUBLIC_SECONDS ?? 15) * 1000;
const ALONE_MS = DURATION_MS / 3;
const PUBLIC_PATHS = process.env.CABILDO_PUBLIC_PATHS?.split(',') ?? ['/rendicion', '/api/v1/public/events', '/api/v1/public/events/audiencia-publica'];

async function seed(server: ServerProcess): Promise<EnrolledDevice> {
  const admin = await setupAdmin(server.url, server.output());
  const send = async (method: string, path: string, body: unknown) => {
    const response = await fetch(`${server.url}${path}`, { method, headers: admin.headers(), body: JSON.stringify(body) });
    if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`);
  };
  await send('POST', '/api/v1/events', { id: 'audiencia-publica', ...eventDraft({ status: 'closed' }) });
  await send('PUT', '/api/v1/events/audiencia-publica/publication', { published: true });
  return enrollDevice(server.url, admin, { eventIds: [LOAD_EVENT_ID] });
}

async function readUntil(server: ServerProcess, end: number, latencies: number[], failures: string[]): Promise<void> {
  const agent = keepAliveAgent(1);
  for (let k = 0; performance.now() < end; k++) {
    const started = performance.now();
    const answer = await send(agent, server.url, 'GET', PUBLIC_PATHS[k % PUBLIC_PATHS.length]!, {});
    latencies.push(performance.now() - started);
    if (answer.status !== 200) failures.push(`HTTP ${answer.status}: ${answer.body.slice(0, 200)}`);
  }
  agent.destroy();
}

async function pushEvery(server: ServerProcess, device: EnrolledDevice, end: number, latencies: number[], failures: string[]): Promise<void> {
  const agent = keepAliveAgent(4);
  const serial = { n: 0 };
  const pushes: Promise<void>[] = [];
  const push = async (due: number) => {
    const answer = await send(agent, server.url, 'POST', '/api/v1/sync', device.headers(), pushBody(device.deviceId, BATCH, serial));
    latencies.push(performance.now() - due);
    if (answer.status !== 200) failures.push(`sync HTTP ${answer.status}: ${answer.body.slice(0, 200)}`);
  };
  for (let due = performance.now(); due < end; due += PUSH_EVERY_MS) {
    await pause(Math.max(0, due - performance.now()));
    pushes.push(push(due));
  }
  await Promise.all(pushes);
  agent.destroy();
}

/** Microseconds per check of `name` (one caller per 20 checks, as readers behind a few NATs), averaged over CHECKS. */
async function rateCheckMicros(dataDir: string): Promise<{ database: number; memory: number }> {
  const CHECKS = 5_000;
  await mkdir(dataDir, { recursive: true });
  const stores = await openSqliteStores(join(dataDir, 'cabildo.sqlite'));
  try {
    const limiter = rateLimiter(stores.auth, DEFAULT_RATE_LIMITS);
    const now = new Date();
    const time = async (name: RateLimitName) => {
      const started = performance.now();
      for (let i = 0; i < CHECKS; i++) await limiter(name, `ip:${i % 250}`, now);
      return ((performance.now() - started) * 1000) / CHECKS;
    };
    // Alternated and summed, so a burst of load on the shared machine weighs on both alike.
    let database = 0;
    let memory = 0;
    for (let round = 0; round < 3; round++) {
      database += await time('tracking');
      memory += await time('publicPage');
    }
    return { database: database / 3, memory: memory / 3 };
  } finally {
    await stores.close();
  }
}

const root = await mkdtemp(join(tmpdir(), 'cabildo-bench-public-'));
try {
  const server = await startServerProcess({ dataDir: join(root, 'data'), staticDir: join(root, 'no-static'), env: { RATE_LIMIT_FACTOR: '1000' } });
  try {
    const device = await seed(server);
    const failures: string[] = [];
    // First the reads alone: the server's CPU per read, with nothing else to share it.
    const alone: number[] = [];
    const cpuBefore = await cpuSeconds(server.process.pid!);
    const aloneEnd = performance.now() + ALONE_MS;
    await Promise.all(Array.from({ length: READERS }, () => readUntil(server, aloneEnd, alone, failures)));
    const cpu = (await cpuSeconds(server.process.pid!)) - cpuBefore;
    // Then beside the device.
    const reads: number[] = [];
    const pushes: number[] = [];
    const end = performance.now() + DURATION_MS;
    await Promise.all([
      ...Array.from({ length: READERS }, () => readUntil(server, end, reads, failures)),
      pushEvery(server, device, end, pushes, failures),
    ]);
    if (failures.length > 0) throw new Error(`${failures.length} respuestas fallidas; la primera: ${failures[0]}`);
    report('public_cpu_ms_per_read', (cpu * 1000) / alone.length, 'ms');
    report('public_read_rps', reads.length / (DURATION_MS / 1000), 'req/s');
    report('public_read_p99_ms', percentile(reads, 0.99), 'ms');
    report('public_sync_p99_ms', percentile(pushes, 0.99), 'ms');
    reportLoadAverage('public_reads_loadavg');
  } finally {
    await server.stop();
  }
  const checks = await rateCheckMicros(join(root, 'checks'));
  report('rate_check_database_us', checks.database, 'µs');
  report('rate_check_memory_us', checks.memory, 'µs');
  reportLoadAverage('rate_check_loadavg');
} finally {
  await rm(root, { recursive: true, force: true });
}
