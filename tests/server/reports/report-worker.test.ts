import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../../../src/server/start';
import { createStaff, type StaffSession } from '../../support/auth-bootstrap';
import { createTestDatabase, pgUnavailableReason, type TestDatabase } from '../../support/pg-database';
import { startAuthedServer, type AuthedServer } from '../support/authed-server';
import { anonymousRecord, createEvent, escuchaderoAt, evaluationAt, personCheckIn, pushAccepted, type Person } from './fixtures';

/**
 * Issue 12: the period and event reports are read and aggregated in a worker thread on its own connection. The same
 * database is served twice at once, by a server with one report worker and by one computing in process
 * (reportWorkers 0, the code as it was): every answer (period, open data, event, unknown event) must be the same, byte for byte, on SQLite and
 * PostgreSQL. Then a big year keeps the worker busy while /api/v1/health answers.
 */
const CLOCK = new Date('2027-08-01T15:00:00Z');
const PERIOD = 'from=2027-01-01&to=2027-12-31';
const TERRITORIES = ['01', '03', '08', '14', '50'];
const ETHNIC = ['negro_afro', 'indigena', 'ninguno', 'ninguno'];

const people = (event: number, n: number): Person[] =>
  Array.from({ length: n }, (_, i) => ({
    firstNames: 'Persona',
    surnames: `Prueba ${'abcdefghij'[i % 10]}`,
    document: String(20_000_000 + event * 10_000 + i),
    territory: TERRITORIES[(i * 7 + event) % TERRITORIES.length]!,
    extra: {
      sexAtBirth: i % 2 === 0 ? 'mujer' : 'hombre',
      ...(i % 3 === 0 ? { ethnicity: ETHNIC[i % ETHNIC.length] } : {}),
    },
  }));

/** `events` events in 2027 with `perEvent` check-ins each, anonymous counts, evaluations and one escuchadero entry. */
async function seed(url: string, events: number, perEvent: number): Promise<string[]> {
  const ids: string[] = [];
  const types = ['audiencia_publica', 'atril_territorial', 'feria_transparencia'];
  for (let e = 0; e < events; e++) {
    const day = `2027-${String(1 + (e % 12)).padStart(2, '0')}-${String(1 + (e % 27)).padStart(2, '0')}`;
    const id = (await createEvent(url, { startsAt: `${day}T09:00:00-05:00`, endsAt: `${day}T12:00:00-05:00`, type: types[e % types.length], territory: TERRITORIES[e % TERRITORIES.length] })).id;
    const records = [
      ...people(e, perEvent).map((p, i) => personCheckIn(id, p, `${day}T09:${String(i % 60).padStart(2, '0')}:00-05:00`, `puerta-${i % 3}`)),
      anonymousRecord(id, 'puerta-2', `${day}T09:15:00-05:00`),
      evaluationAt(id, 1 + (e % 5)),
      ...(e % 2 === 0 ? [escuchaderoAt(id, { tipo: 'pregunta', mensaje: 'Pregunto por el presupuesto participativo de la comuna' }, `${day}T10:00:00-05:00`)] : []),
    ];
    for (let i = 0; i < records.length; i += 500) await pushAccepted(url, records.slice(i, i + 500));
    ids.push(id);
  }
  return ids;
}

async function text(url: string, session: StaffSession): Promise<{ status: number; body: string }> {
  const response = await fetch(url, { headers: session.headers() });
  return { status: response.status, body: await response.text() };
}

const PERIOD_PATHS = [`/api/v1/reports/period?${PERIOD}`, `/api/v1/open-data/period.csv?${PERIOD}&table=indicadores`, `/api/v1/open-data/period.csv?${PERIOD}&table=caracterizacion`];

function sameAnswers(database: 'sqlite' | 'postgres') {
  let pg: TestDatabase | undefined;
  let skip: string | undefined;
  let withWorker: AuthedServer;
  let inProcess: RunningServer;
  let consulta: StaffSession;
  const paths = [...PERIOD_PATHS];

  beforeAll(async () => {
    if (database === 'postgres') {
      skip = await pgUnavailableReason();
      if (skip) return;
      pg = await createTestDatabase();
    }
    withWorker = await startAuthedServer({ now: () => CLOCK, reportWorkers: 1, ...(pg ? { databaseUrl: pg.url } : {}) });
    // The same data directory (signing key, SQLite file) or database, its sessions included.
    inProcess = await startServer({ port: 0, host: '127.0.0.1', dataDir: withWorker.dataDir, staticDir: join(withWorker.root, 'static'), now: () => CLOCK, reportWorkers: 0, ...(pg ? { databaseUrl: pg.url } : {}) });
    const ids = await seed(withWorker.url, 6, 40);
    paths.push(...ids.slice(0, 2).map((id) => `/api/v1/reports/events/${id}`), '/api/v1/reports/events/no-existe');
    consulta = await createStaff(withWorker.url, withWorker.admin, 'consulta');
  }, 120_000);

  afterAll(async () => {
    await inProcess?.close();
    await withWorker?.dispose();
    await pg?.drop();
  });

  it('gives the same answers from the worker as in process, for the office and for consulta', async () => {
    if (skip) return console.warn(`omitido: ${skip}`);
    const inProcessUrl = `http://127.0.0.1:${inProcess.port}`;
    for (const [path, session] of paths.flatMap((path) => [withWorker.admin, consulta].map((session) => [path, session] as const))) {
      const fromWorker = await text(`${withWorker.url}${path}`, session);
      const fromProcess = await text(`${inProcessUrl}${path}`, session);
      expect(fromWorker.status, path).toBe(path.endsWith('no-existe') ? 404 : 200);
      expect(fromWorker.body, path).toBe(fromProcess.body);
    }
    const dashboard = JSON.parse((await text(`${withWorker.url}${paths[0]}`, withWorker.admin)).body) as { events: { count: number }; attendance: { total: number } };
    expect(dashboard.events.count).toBe(6);
    expect(dashboard.attendance.total).toBeGreaterThan(6 * 40);
  });
}

describe('period reports through the worker thread, SQLite', () => sameAnswers('sqlite'));
describe('period reports through the worker thread, PostgreSQL', () => sameAnswers('postgres'));
