import { mkdtemp, rm } from 'node:fs/promises';
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

/**
 * Issue 12: anonymous public reads beside a device's sync, on SQLite (one writer). READERS clients read the
 * /rendicion page, the published events and one event's public fields in turn, as fast as they are answered
 * (closed loop), for CABILDO_PUBLIC_SECONDS (15), while one enrolled device pushes a 50-record batch every
 * PUSH_EVERY_MS (open loop: a busy door).
 * - public_read_rps, public_read_p99_ms: the anonymous reads.
 * - public_sync_p99_ms: the device's pushes meanwhile, from when each was due.
 * - public_cpu_ms_per_read: the server's CPU time over the run divided by the reads (the pushes' share included,
 *   the same in every run): on a shared machine less noisy than the latencies.
 * Rate limits are raised (RATE_LIMIT_FACTOR) so no read is refused: what is measured is the cost of counting.
 */
const READERS = 16;
const BATCH = 50;
const PUSH_EVERY_MS = 250;
const DURATION_MS = Number(process.env.CABILDO_PUBLIC_SECONDS ?? 15) * 1000;
const PUBLIC_PATHS = ['/rendicion', '/api/v1/public/events', '/api/v1/public/events/audiencia-publica'];

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

const root = await mkdtemp(join(tmpdir(), 'cabildo-bench-public-'));
try {
  const server = await startServerProcess({ dataDir: join(root, 'data'), staticDir: join(root, 'no-static'), env: { RATE_LIMIT_FACTOR: '1000' } });
  try {
    const device = await seed(server);
    const reads: number[] = [];
    const pushes: number[] = [];
    const failures: string[] = [];
    const cpuBefore = await cpuSeconds(server.process.pid!);
    const end = performance.now() + DURATION_MS;
    await Promise.all([
      ...Array.from({ length: READERS }, () => readUntil(server, end, reads, failures)),
      pushEvery(server, device, end, pushes, failures),
    ]);
    const cpu = (await cpuSeconds(server.process.pid!)) - cpuBefore;
    if (failures.length > 0) throw new Error(`${failures.length} respuestas fallidas; la primera: ${failures[0]}`);
    report('public_read_rps', reads.length / (DURATION_MS / 1000), 'req/s');
    report('public_read_p99_ms', percentile(reads, 0.99), 'ms');
    report('public_sync_p99_ms', percentile(pushes, 0.99), 'ms');
    report('public_cpu_ms_per_read', (cpu * 1000) / reads.length, 'ms');
    reportLoadAverage('public_reads_loadavg');
  } finally {
    await server.stop();
  }
} finally {
  await rm(root, { recursive: true, force: true });
}
