import autocannon from 'autocannon';
import { loadDevices, pushBody } from './load-devices';
import { cpuSeconds, onEachEngine, reportLoadAverage, rssMb, type LoadTarget } from './load-servers';
import { report } from './report';

/**
 * Issue 12, saturation: the closed loop. 200 devices, each on its own connection, push 50-record batches back to
 * back (a new one the instant the last is answered) for 30 s (CABILDO_LOAD_SECONDS shortens it). This measures
 * the server's ceiling, not what an event sees (load-open.bench.ts does): latency here is ~200 ÷ throughput by
 * construction. Errors count every non-2xx answer, socket error and timeout (10 s); the stored rows must be
 * 50 × the answered pushes (plus those still in flight at the end), or the run fails. The server's CPU time per
 * push tells its throughput ceiling apart from a busy machine's.
 */
const DEVICES = 200;
const BATCH = 50;
const SECONDS = Math.min(30, Number(process.env.CABILDO_LOAD_SECONDS ?? 30));
// Every "device" shares one loopback IP, and 200 enrollments in a minute exceed the per-IP enrollment limit.
// (The per-device sync limit is not what binds here: each device pushes about once a second.)
const RATE_LIMIT_FACTOR = '10';

async function closedLoop(target: LoadTarget) {
  const { server } = target;
  const { devices } = await loadDevices(server.url, server.output(), DEVICES);
  let next = 0;
  const serial = { n: 0 };
  return autocannon({
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
}

await onEachEngine({ RATE_LIMIT_FACTOR }, async (target) => {
  const { engine, pid } = target;
  const cpuBefore = await cpuSeconds(pid);
  const result = await closedLoop(target);
  const cpu = (await cpuSeconds(pid)) - cpuBefore;
  const answered = result['2xx'];
  // autocannon counts timeouts among errors already.
  const errors = result.non2xx + result.errors;
  if (errors > 0) {
    console.error(`${engine}: respuestas ${JSON.stringify(result.statusCodeStats)}, errores de conexión ${result.errors} (${result.timeouts} por tiempo)`);
    console.error(`${engine}: final del registro del servidor:\n${target.server.output().slice(-3000)}`);
  }
  const stored = await target.countRecords();
  // Pushes still in flight when the clock stops are stored but never answered: at most one per device.
  if (stored < answered * BATCH || stored > (answered + DEVICES) * BATCH || stored % BATCH !== 0) {
    throw new Error(`${engine}: ${answered} respuestas 2xx × ${BATCH} no cuadran con ${stored} registros guardados`);
  }
  console.error(`${engine}: ${answered} lotes (${stored} registros) en ${SECONDS} s, ${DEVICES} dispositivos`);
  report(`load_saturation_records_per_s_${engine}`, stored / SECONDS, 'records/s');
  report(`load_saturation_p50_ms_${engine}`, result.latency.p50, 'ms');
  report(`load_saturation_p99_ms_${engine}`, result.latency.p99, 'ms');
  report(`load_saturation_errors_${engine}`, errors, 'count', '0');
  report(`load_saturation_rss_mb_${engine}`, await rssMb(pid, 'VmHWM'), 'MB', '<=250');
  // What one push costs the server, whatever else the machine is running: the ceiling is 1000 / this per core.
  report(`load_saturation_server_cpu_ms_per_push_${engine}`, (cpu * 1000) / Math.max(1, answered), 'ms');
  reportLoadAverage(`load_saturation_loadavg_1m_${engine}`);
});
