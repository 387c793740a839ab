import { performance } from 'node:perf_hooks';
import { pullSearch } from '../../src/core/sync/pull';
import { enrollDevice } from '../support/auth-bootstrap';
import { eventDraft } from '../server/events/fixtures';
import { evaluation, evaluationAnswers } from '../server/forms/fixtures';
import { send, keepAliveAgent, type Answer } from './bench-http';
import { LOAD_EVENT_ID, loadDevices, pushBody } from './load-devices';
import { onEachEngine, reportLoadAverage, rssMb, type LoadTarget } from './load-servers';
import { report } from './report';

/**
 * Issue 12, soak: does the server's memory settle, or creep? 100,000 mixed requests (CABILDO_SOAK_REQUESTS
 * changes it) from 8 concurrent keep-alive clients, each a device and a staff member at once: health checks,
 * event reads and lists, pull pages followed by cursor, 50-record syncs, citizen form submissions from a signed
 * link, the signing key, a public event page, and an event report every 2,000th request. RSS (VmRSS, /proc/<pid>/status) is read when
 * the first 10% are done (warm-up: caches, JIT, pools filled) and again at the end; nothing is forced (no GC).
 * Every answer must be 200, and the stored rows must be exactly the synced and submitted records.
 */
const REQUESTS = Number(process.env.CABILDO_SOAK_REQUESTS ?? 100_000);
const WARM_UP = Math.round(REQUESTS / 10);
const CLIENTS = 8;
const BATCH = 50;
const REPORT_EVERY = 2_000;
// Reports read a small event of their own: a report's memory follows its event's size, and the synced event grows
// all run long; what is measured is whether the server keeps what it no longer needs.
const REPORT_EVENT_ID = 'soak-informe';
const REPORT_EVENT_RECORDS = 1_000;
// Eight clients on one loopback IP make more requests a minute than any real caller is allowed.
const RATE_LIMIT_FACTOR = '1000';
const json = { 'content-type': 'application/json' };

type Kind = 'health' | 'event' | 'events' | 'pull' | 'sync' | 'form' | 'key' | 'public' | 'report';

/**
 * Request n's kind: a fixed mix, the same on every run and engine, weighted as an event's traffic is (mostly
 * cheap reads; a device pulls far less often than it pushes).
 */
function kindOf(n: number): Kind {
  if (n % REPORT_EVERY === REPORT_EVERY - 1) return 'report';
  const slot = n % 100;
  if (slot < 45) return 'health';
  if (slot < 65) return 'event';
  if (slot < 75) return 'events';
  if (slot < 82) return 'key';
  if (slot < 87) return 'form';
  if (slot < 92) return 'sync';
  if (slot < 95) return 'pull';
  return 'public';
}

async function soak(target: LoadTarget) {
  const { server, pid } = target;
  const { admin } = await loadDevices(server.url, server.output(), 0);
  if (!admin) throw new Error('El servidor no imprimió el enlace de configuración inicial');
  const created = await fetch(`${server.url}/api/v1/events`, { method: 'POST', headers: admin.headers(), body: JSON.stringify({ id: LOAD_EVENT_ID, ...eventDraft() }) });
  if (created.status !== 201) throw new Error(`POST /api/v1/events: ${created.status} ${await created.text()}`);
  const reported = await fetch(`${server.url}/api/v1/events`, { method: 'POST', headers: admin.headers(), body: JSON.stringify({ id: REPORT_EVENT_ID, ...eventDraft() }) });
  if (reported.status !== 201) throw new Error(`POST /api/v1/events: ${reported.status} ${await reported.text()}`);
  for (let sent = 0; sent < REPORT_EVENT_RECORDS; sent += BATCH) {
    const records = (JSON.parse(pushBody('soak-informe', BATCH, { n: sent })) as { records: { payload: { eventId: string } }[] }).records;
    for (const record of records) record.payload.eventId = REPORT_EVENT_ID;
    const pushed = await fetch(`${server.url}/api/v1/sync`, { method: 'POST', headers: admin.headers(), body: JSON.stringify({ deviceId: 'soak-informe', records }) });
    if (pushed.status !== 200) throw new Error(`sembrar el evento del informe: ${pushed.status} ${await pushed.text()}`);
  }
  const link = await fetch(`${server.url}/api/v1/forms/evaluacion-audiencia/links`, { method: 'POST', headers: admin.headers(), body: JSON.stringify({ eventId: LOAD_EVENT_ID }) });
  if (link.status !== 200) throw new Error(`enlace de formulario: ${link.status} ${await link.text()}`);
  const { signature } = (await link.json()) as { signature: string };

  const counts = { requests: 0, errors: 0, syncedRecords: 0, submissions: 0 };
  // Server time by kind of request, printed: which part of the mix costs what.
  const busyMs = new Map<Kind, number>();
  let firstError: string | undefined;
  let warmRss: number | undefined;
  const trajectory: number[] = [];
  const serial = { n: 0 };
  const started = performance.now();

  const client = async (c: number) => {
    const device = await enrollDevice(server.url, admin, { deviceId: `soak-${c}`, label: `Soak ${c}`, eventIds: [LOAD_EVENT_ID] });
    const agent = keepAliveAgent(1);
    let cursor: string | undefined;
    const staff = admin.headers();
    const call = (method: string, path: string, headers: Record<string, string>, body?: string) => send(agent, server.url, method, path, headers, body, 30_000);
    const perform = async (kind: Kind): Promise<Answer> => {
      switch (kind) {
        case 'health':
          return call('GET', '/api/v1/health', {});
        case 'event':
          return call('GET', `/api/v1/events/${LOAD_EVENT_ID}`, staff);
        case 'events':
          return call('GET', '/api/v1/events', staff);
        case 'key':
          return call('GET', '/api/v1/keys/signing', {});
        case 'public':
          return call('GET', `/api/v1/public/events/${LOAD_EVENT_ID}`, {});
        case 'report':
          return call('GET', `/api/v1/reports/events/${REPORT_EVENT_ID}`, staff);
        case 'pull': {
          const answer = await call('GET', `/api/v1/pull${pullSearch({ cursor, events: [LOAD_EVENT_ID] })}`, device.headers());
          if (answer.status === 200) cursor = (JSON.parse(answer.body) as { cursor: string }).cursor;
          return answer;
        }
        case 'sync': {
          const answer = await call('POST', '/api/v1/sync', device.headers(), pushBody(device.deviceId, BATCH, serial));
          if (answer.status === 200) counts.syncedRecords += acceptedIn(answer);
          return answer;
        }
        case 'form': {
          const record = evaluation(evaluationAnswers(), { eventId: LOAD_EVENT_ID, link: { signature } });
          const answer = await call('POST', '/api/v1/sync', json, JSON.stringify({ deviceId: record.deviceId, records: [record] }));
          if (answer.status === 200) counts.submissions += acceptedIn(answer);
          return answer;
        }
      }
    };
    while (counts.requests < REQUESTS) {
      const n = counts.requests++;
      const kind = kindOf(n);
      const sent = performance.now();
      try {
        const answer = await perform(kind);
        busyMs.set(kind, (busyMs.get(kind) ?? 0) + performance.now() - sent);
        if (answer.status !== 200) throw new Error(`${kind}: HTTP ${answer.status} ${answer.body.slice(0, 300)}`);
      } catch (error) {
        counts.errors += 1;
        firstError ??= String(error);
      }
      if (n === WARM_UP) warmRss = await rssMb(pid);
      // The path between the two figures tells a leak (a slope) from a heap still settling (a plateau).
      if (n > 0 && n % WARM_UP === 0) trajectory.push(Math.round(await rssMb(pid)));
    }
  };
  await Promise.all(Array.from({ length: CLIENTS }, (_, c) => client(c)));
  const seconds = (performance.now() - started) / 1000;
  console.error(`tiempo por clase (ms): ${JSON.stringify(Object.fromEntries([...busyMs].map(([k, ms]) => [k, Math.round(ms)])))}`);
  console.error(`RSS cada ${WARM_UP} peticiones (MB): ${trajectory.join(' → ')}`);
  return { ...counts, firstError, warmRss: warmRss!, endRss: await rssMb(pid), seconds };
}

const acceptedIn = (answer: Answer) => (JSON.parse(answer.body) as { results: { status: string }[] }).results.filter((r) => r.status === 'accepted').length;

await onEachEngine({ RATE_LIMIT_FACTOR }, async (target) => {
  const { engine } = target;
  const outcome = await soak(target);
  const stored = await target.countRecords();
  if (outcome.errors > 0) console.error(`${engine}: ${outcome.errors} errores; el primero: ${outcome.firstError}\n${target.server.output().slice(-2000)}`);
  console.error(`${engine}: ${REQUESTS} peticiones en ${outcome.seconds.toFixed(1)} s; ${outcome.syncedRecords} registros sincronizados y ${outcome.submissions} formularios, ${stored} filas; RSS ${outcome.warmRss.toFixed(1)} → ${outcome.endRss.toFixed(1)} MB`);
  if (stored !== REPORT_EVENT_RECORDS + outcome.syncedRecords + outcome.submissions) throw new Error(`${engine}: ${outcome.syncedRecords} + ${outcome.submissions} aceptados ≠ ${stored} filas guardadas`);
  report(`soak_rss_growth_mb_${engine}`, outcome.endRss - outcome.warmRss, 'MB', '<=25');
  report(`soak_rss_after_warmup_mb_${engine}`, outcome.warmRss, 'MB');
  report(`soak_rss_end_mb_${engine}`, outcome.endRss, 'MB');
  report(`soak_requests_per_s_${engine}`, REQUESTS / outcome.seconds, 'req/s');
  report(`soak_errors_${engine}`, outcome.errors, 'count', '0');
  reportLoadAverage(`soak_loadavg_1m_${engine}`);
});
