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
 * or record not answered 'accepted'; a failed push counts its time until the failure. Afterwards each push left
 * without an answer is sent again (accepted or duplicate, never lost), and the stored rows must equal exactly
 * 50 × the accepted pushes plus the resent records, or the run fails.
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
  /** Pushes without a usable answer (timeout, reset, 5xx): the server may have stored them all the same. */
  unanswered: { headers: Record<string, string>; body: string }[];
  firstError?: string;
}

async function openLoop(target: LoadTarget): Promise<Outcome> {
  const { server } = target;
  const { devices } = await loadDevices(server.url, server.output(), DEVICES);
  const outcome: Outcome = { latencies: [], errors: 0, acceptedPushes: 0, unanswered: [] };
  const serial = { n: 0 };
  const inFlight: Promise<void>[] = [];
  const fail = (why: string, headers?: Record<string, string>, body?: string) => {
    outcome.errors += 1;
    outcome.firstError ??= why;
    if (body !== undefined) outcome.unanswered.push({ headers: headers!, body });
  };
  const start = performance.now() + 500;
  devices.forEach((device, i) => {
    const agent = keepAliveAgent(1);
    const offset = (i * PERIOD_MS) / DEVICES;
    const push = async (due: number) => {
      const body = pushBody(device.deviceId, BATCH, serial);
      try {
        const answer = await send(agent, server.url, 'POST', '/api/v1/sync', device.headers, body);
        outcome.latencies.push(performance.now() - due);
        if (answer.status !== 200) return fail(`HTTP ${answer.status}: ${answer.body.slice(0, 300)}`, device.headers, body);
        const results = (JSON.parse(answer.body) as { results: { status: string }[] }).results;
        if (results.length !== BATCH || results.some((r) => r.status !== 'accepted')) return fail(`no todo aceptado: ${answer.body.slice(0, 300)}`);
        outcome.acceptedPushes += 1;
      } catch (error) {
        // A timeout is a latency too (at least this long): leaving it out would flatter the percentiles.
        outcome.latencies.push(performance.now() - due);
        fail(String(error), device.headers, body);
      }
    };
    // Each timer schedules the next before sending: the clock, not the answer, sets the pace.
    const tick = (k: number) => {
      // Compared before adding `start`: start + at − start can round below DURATION_MS and add a send.
      const at = offset + k * PERIOD_MS;
      if (at >= DURATION_MS) return;
      const due = start + at;
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

/**
 * Sends each unanswered push again, as its device would, untimed: every record must now be 'accepted' (it was
 * lost) or 'duplicate' (it was stored before the answer failed). Returns how many records that stores.
 */
async function retried(target: LoadTarget, unanswered: Outcome['unanswered']): Promise<number> {
  const agent = keepAliveAgent(4);
  let records = 0;
  for (const { headers, body } of unanswered) {
    const answer = await send(agent, target.server.url, 'POST', '/api/v1/sync', headers, body, 60_000);
    const results = answer.status === 200 ? (JSON.parse(answer.body) as { results: { status: string }[] }).results : [];
    if (results.length !== BATCH || results.some((r) => r.status !== 'accepted' && r.status !== 'duplicate')) {
      throw new Error(`${target.engine}: un lote reenviado no quedó guardado: HTTP ${answer.status} ${answer.body.slice(0, 300)}`);
    }
    records += results.length;
  }
  agent.destroy();
  return records;
}

await onEachEngine({ RATE_LIMIT_FACTOR }, async (target) => {
  const { engine, pid } = target;
  const cpuBefore = await cpuSeconds(pid);
  const outcome = await openLoop(target);
  const cpu = (await cpuSeconds(pid)) - cpuBefore;
  const scheduled = DEVICES * Math.ceil(DURATION_MS / PERIOD_MS);
  if (outcome.errors > 0) console.error(`${engine}: ${outcome.errors} errores; el primero: ${outcome.firstError}\n${target.server.output().slice(-2000)}`);
  const retriedRecords = await retried(target, outcome.unanswered);
  const stored = await target.countRecords();
  console.error(`${engine}: ${outcome.acceptedPushes} de ${scheduled} lotes aceptados (${outcome.unanswered.length} sin respuesta, reenviados), ${stored} registros guardados, ${DEVICES} dispositivos enrolados, ${DURATION_MS / 1000} s`);
  // Nothing lost, nothing doubled: every accepted push and every resent one stored once, and nothing else.
  const expected = outcome.acceptedPushes * BATCH + retriedRecords;
  if (stored !== expected) throw new Error(`${engine}: se esperaban ${expected} registros guardados (${outcome.acceptedPushes} lotes aceptados × ${BATCH} + ${retriedRecords} reenviados) y hay ${stored}`);
  report(`load_open_p50_ms_${engine}`, percentile(outcome.latencies, 0.5), 'ms');
  report(`load_open_p99_ms_${engine}`, percentile(outcome.latencies, 0.99), 'ms', '<=150');
  report(`load_open_max_ms_${engine}`, Math.max(...outcome.latencies), 'ms');
  report(`load_open_errors_${engine}`, outcome.errors, 'count', '0');
  report(`load_open_pushes_${engine}`, outcome.acceptedPushes, 'count', `=${scheduled}`);
  report(`load_open_rss_mb_${engine}`, await rssMb(pid, 'VmHWM'), 'MB', '<=250');
  report(`load_open_server_cpu_ms_per_push_${engine}`, (cpu * 1000) / Math.max(1, outcome.acceptedPushes), 'ms');
  reportLoadAverage(`load_open_loadavg_1m_${engine}`);
});
