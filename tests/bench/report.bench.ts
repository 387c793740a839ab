import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { EventReport } from '../../src/server/reports/event-report';
import type { PeriodDashboard } from '../../src/server/reports/period-dashboard';
import { startServerProcess } from '../support/server-process';
import { planningSession } from './bench-staff';
import { report } from './report';
import { BIG_EVENT_ATTENDEES, EVENTS, isAnonymous, isDuplicate, seed, YEAR } from './report-dataset';

/**
 * The server computing reports end to end over HTTP (server in its own process): one event with 5,000
 * attendees, and the dashboard of a year with 200 events and ~100,000 records (report-dataset.ts),
 * seeded through the real sync endpoint. Median of a few runs after one warm-up. The same dataset
 * rendered in Chromium: report-render.bench.ts.
 */
const RUNS = 5;

let headers: Record<string, string> = {};

async function timed<T>(url: string): Promise<{ ms: number; body: T }> {
  const started = performance.now();
  const response = await fetch(url, { headers });
  const body = (await response.json()) as T;
  const ms = performance.now() - started;
  if (response.status !== 200) throw new Error(`${url}: ${response.status} ${JSON.stringify(body)}`);
  return { ms, body };
}

async function median<T>(url: string): Promise<{ ms: number; body: T }> {
  const first = await timed<T>(url);
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) times.push((await timed<T>(url)).ms);
  times.sort((a, b) => a - b);
  console.error(`${url.replace(/^https?:\/\/[^/]+/, '')}: primera ${first.ms.toFixed(0)} ms, mediana de ${RUNS} ${times[RUNS >> 1]!.toFixed(0)} ms`);
  return { ms: times[RUNS >> 1]!, body: first.body };
}

const root = await mkdtemp(join(tmpdir(), 'cabildo-bench-report-'));
const server = await startServerProcess({ dataDir: join(root, 'data'), staticDir: join(root, 'no-static') });
try {
  ({ headers } = await planningSession(server));
  const seeding = performance.now();
  const { bigEvent, records } = await seed(server.url, headers);
  console.error(`sembrados ${EVENTS} eventos y ${records} registros por /api/v1/sync en ${((performance.now() - seeding) / 1000).toFixed(1)} s`);

  const event = await median<EventReport>(`${server.url}/api/v1/reports/events/${bigEvent}`);
  const { total, duplicatesOfflineAdmitted } = event.body.attendance;
  const duplicates = Array.from({ length: BIG_EVENT_ATTENDEES }, (_, i) => i).filter((i) => isDuplicate(i) && !isAnonymous(i) && !isAnonymous(i - 1)).length;
  if (total + duplicatesOfflineAdmitted !== BIG_EVENT_ATTENDEES || duplicatesOfflineAdmitted !== duplicates) {
    throw new Error(`asistentes ${total} y duplicados ${duplicatesOfflineAdmitted}; esperados ${BIG_EVENT_ATTENDEES - duplicates} y ${duplicates}`);
  }
  const year = await median<PeriodDashboard>(`${server.url}/api/v1/reports/period?from=${YEAR.from}&to=${YEAR.to}`);
  if (year.body.events.count !== EVENTS) throw new Error(`eventos ${year.body.events.count}, esperados ${EVENTS}`);

  report('report_event_ms', event.ms, 'ms', '<=1000');
  report('dashboard_year_ms', year.ms, 'ms', '<=3000');
} finally {
  await server.stop();
  await rm(root, { recursive: true, force: true });
}
