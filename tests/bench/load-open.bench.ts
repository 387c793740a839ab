import { performance } from 'node:perf_hooks';
import { send, keepAliveAgent } from './bench-http';
import { loadDevices, pushBody } from './load-devices';
import { cpuSeconds, onEachEngine, percentile, reportLoadAverage, rssMb, type LoadTarget } from './load-servers';
import { report } from './report';

/**
 * Issue 12, open loop: what a real event sees. 200 enrolled devices each push a 50-record batch every 2 s for
 * 60 s (CABILDO_LOAD_SECONDS shortens it), on their own keep-alive connection, spread evenly over the period.
 * Sends follow the clock, not the answers: a late answer never delays the next send, and each latency is
 * measured from the moment the push was *scheduled*, so a stalled server (or a stalled bench) shows up in the
 * figures instead of thinning the load (coordinated omission). Errors: any non-200, socket error, timeout (10 s)
 * or record not answered 'accepted'. Afterwards every push has been answered, so the stored rows must equal
 * 50 × the accepted pushes exactly, or the run fails.
 */
const DEVICES = 200;
const BATCH = 50;
const PERIOD_MS = 2_000;
const DURATION_MS = Number(process.env.CABILDO_LOAD_SECONDS ?? 60) * 1000;
// 200 enrollments from one loopback IP in a minute exceed the per-IP enrollment limit; pushes stay far below theirs.
const RATE_LIMIT_FACTOR = '10';

interface Outcome {
  latencies: number[];
  errors: number;
  acceptedPushes: number;
  firstError?: string;
}

async function openLoop(target: LoadTarget): Promise<Outcome> {
  const { server } = target;
  const { devices } = await loadDevices(server.url, server.output(), DEVICES);
  const outcome: Outcome = { latencies: [], errors: 0, acceptedPushes: 0 };
  const serial = { n: 0 };
  const inFlight: Promise<void>[] = [];
  const fail = (why: string) => {
    outcome.errors += 1;
    outcome.firstError ??= why;
  };
  const start = performance.now() + 500;
  devices.forEach((device, i) => {
    const agent = keepAliveAgent(1);
    const offset = (i * PERIOD_MS) / DEVICES;
    const push = async (due: number) => {
      try {
        const answer = await send(agent, server.url, 'POST', '/api/v1/sync', device.headers, pushBody(device.deviceId, BATCH, serial));
        outcome.latencies.push(performance.now() - due);
        if (answer.status !== 200) return fail(`HTTP ${answer.status}: ${answer.body.slice(0, 300)}`);
        const results = (JSON.parse(answer.body) as { results: { status: string }[] }).results;
        if (results.length !== BATCH || results.some((r) => r.status !== 'accepted')) return fail(`no todo aceptado: ${answer.body.slice(0, 300)}`);
        outcome.acceptedPushes += 1;
      } catch (error) {
        fail(String(error));
      }
    };
    // Each timer schedules the next before sending: the clock, not the answer, sets the pace.
    const tick = (k: number) => {
      const due = start + offset + k * PERIOD_MS;
      if (due - start >= DURATION_MS) return;
      setTimeout(() => {
        tick(k + 1);
        inFlight.push(push(due));
      }, Math.max(0, due - performance.now()));
    };
    tick(0);
  });
  // Every device's last send is due before start + DURATION_MS; then wait for the answers still out.
  await new Promise((resolve) => setTimeout(resolve, start + DURATION_MS - performance.now() + 50));
  await Promise.all(inFlight);
  return outcome;
}

await onEachEngine({ RATE_LIMIT_FACTOR }, async (target) => {
  const { engine, pid } = target;
  const cpuBefore = await cpuSeconds(pid);
  const outcome = await openLoop(target);
  const cpu = (await cpuSeconds(pid)) - cpuBefore;
  const scheduled = DEVICES * Math.ceil(DURATION_MS / PERIOD_MS);
  const stored = await target.countRecords();
  if (outcome.errors > 0) console.error(`${engine}: ${outcome.errors} errores; el primero: ${outcome.firstError}\n${target.server.output().slice(-2000)}`);
  console.error(`${engine}: ${outcome.acceptedPushes} de ${scheduled} lotes aceptados, ${stored} registros guardados, ${DEVICES} dispositivos enrolados, ${DURATION_MS / 1000} s`);
  if (stored !== outcome.acceptedPushes * BATCH) throw new Error(`${engine}: ${outcome.acceptedPushes} lotes aceptados × ${BATCH} ≠ ${stored} registros guardados`);
  report(`load_open_p50_ms_${engine}`, percentile(outcome.latencies, 0.5), 'ms');
  report(`load_open_p99_ms_${engine}`, percentile(outcome.latencies, 0.99), 'ms', '<=150');
  report(`load_open_max_ms_${engine}`, Math.max(...outcome.latencies), 'ms');
  report(`load_open_errors_${engine}`, outcome.errors, 'count', '0');
  report(`load_open_pushes_${engine}`, outcome.acceptedPushes, 'count', `=${scheduled}`);
  report(`load_open_rss_mb_${engine}`, await rssMb(pid, 'VmHWM'), 'MB', '<=250');
  report(`load_open_server_cpu_ms_per_push_${engine}`, (cpu * 1000) / Math.max(1, outcome.acceptedPushes), 'ms');
  reportLoadAverage(`load_open_loadavg_1m_${engine}`);
});
