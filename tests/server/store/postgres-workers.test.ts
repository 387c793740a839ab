import { spawn } from 'node:child_process';
import { request } from 'node:http';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServerProcess, type ServerProcess } from '../../support/server-process';
import { enrollDevice, setupAdmin, type EnrolledDevice, type StaffSession } from '../../support/auth-bootstrap';
import { checkInRecord, eventDraft, newEventId } from '../events/fixtures';
import { createTestDatabase, type TestDatabase } from '../../support/pg-database';
import { startPostgresPair, type PostgresPair } from '../support/postgres-pair';

/**
 * Issue 12: several server processes on one PostgreSQL database, exactly-once. First two independent processes
 * (as behind a load balancer), so each push's route is known; then `WORKERS=2` (node:cluster). PostgreSQL is
 * required here: unreachable, these tests fail rather than skip (createTestDatabase throws in beforeAll).
 */
const BATCH = 25;
const BATCHES = 16;

interface SyncAnswer {
  status: number;
  results: { id: string; status: string }[];
}

/** One push on a connection of its own (no keep-alive): under node:cluster each new connection may go to another worker. */
function push(baseUrl: string, device: EnrolledDevice, records: readonly { id: string }[]): Promise<SyncAnswer> {
  const url = new URL('/api/v1/sync', baseUrl.replace('localhost', '127.0.0.1'));
  const body = JSON.stringify({ deviceId: device.deviceId, records });
  return new Promise((resolve, reject) => {
    const req = request(url, { method: 'POST', agent: false, headers: { ...device.headers(), 'content-length': String(Buffer.byteLength(body)) } }, (res) => {
      let text = '';
      res.setEncoding('utf8').on('data', (chunk: string) => (text += chunk));
      res.on('end', () => {
        if (res.statusCode !== 200) return reject(new Error(`POST /api/v1/sync: ${res.statusCode} ${text}`));
        resolve({ status: res.statusCode, results: (JSON.parse(text) as { results: SyncAnswer['results'] }).results });
      });
    });
    req.on('error', reject);
    req.end(body);
  });
}

/** Every stored copy of these ids: exactly-once means one row each. */
async function storedCopies(databaseUrl: string, ids: readonly string[]): Promise<Map<string, number>> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ id: string; n: number }>('select id, count(*)::int as n from records where id = any($1) group by id', [ids]);
    return new Map(rows.map((r) => [r.id, r.n]));
  } finally {
    await client.end();
  }
}

/** Per record id, the statuses it was answered with across every push that carried it. */
function statusesById(answers: readonly SyncAnswer[]): Map<string, string[]> {
  const byId = new Map<string, string[]>();
  for (const answer of answers) for (const r of answer.results) byId.set(r.id, [...(byId.get(r.id) ?? []), r.status]);
  return byId;
}

async function createEvent(url: string, admin: StaffSession, eventId: string) {
  const created = await fetch(`${url}/api/v1/events`, { method: 'POST', headers: admin.headers(), body: JSON.stringify({ id: eventId, ...eventDraft() }) });
  expect(created.status, await created.clone().text()).toBe(201);
}

/**
 * BATCHES overlapping batches over BATCH × (BATCHES + 1) records: batch k holds records k·BATCH … (k + 2)·BATCH,
 * so every record but the first and last BATCH is in two batches.
 */
function overlappingBatches(eventId: string, device: EnrolledDevice, seed: number) {
  const records = Array.from({ length: BATCH * (BATCHES + 1) }, (_, i) =>
    checkInRecord(eventId, device.deviceId, '2026-11-21T10:00:00-05:00', { document: { type: 'CC', number: String(seed + i) } }),
  );
  const batches = Array.from({ length: BATCHES }, (_, k) => records.slice(k * BATCH, (k + 2) * BATCH));
  return { records, batches };
}

describe('two server processes on one PostgreSQL database: every record stored once', () => {
  let pair: PostgresPair;
  let one: ServerProcess;
  let two: ServerProcess;
  let device: EnrolledDevice;
  const eventId = newEventId('dos-procesos');

  beforeAll(async () => {
    // Started together against an empty database (postgres-pair.ts): migrations and the signing key must not race.
    pair = await startPostgresPair('pg-workers');
    ({ one, two } = pair);
    device = await enrollDevice(two.url, pair.admin, { eventIds: [eventId] });
    await createEvent(one.url, pair.admin, eventId);
  });
  afterAll(() => pair?.stop());

  it('answers each record accepted exactly once and duplicate every other time, pushed interleaved, concurrently and repeatedly through both', async () => {
    const { records, batches } = overlappingBatches(eventId, device, 50_000_000);
    // Round 1, all at once: every batch through both processes (each record travels in up to 4 pushes).
    const concurrent = await Promise.all(batches.flatMap((batch) => [push(one.url, device, batch), push(two.url, device, batch)]));
    // Round 2, interleaved one after another: batch k through process k mod 2, then through the other.
    const interleaved: SyncAnswer[] = [];
    for (const [k, batch] of batches.entries()) {
      const [first, second] = k % 2 === 0 ? [one, two] : [two, one];
      interleaved.push(await push(first.url, device, batch), await push(second.url, device, batch));
    }
    // Round 3: both rounds again at once.
    const repeated = await Promise.all(batches.flatMap((batch) => [push(two.url, device, batch), push(one.url, device, batch)]));

    const first = statusesById(concurrent);
    for (const record of records) {
      const statuses = first.get(record.id)!;
      expect(statuses.filter((s) => s === 'accepted'), record.id).toHaveLength(1);
      expect(statuses.filter((s) => s !== 'accepted').every((s) => s === 'duplicate'), `${record.id}: ${statuses.join(', ')}`).toBe(true);
    }
    for (const answer of [...interleaved, ...repeated]) expect(new Set(answer.results.map((r) => r.status))).toEqual(new Set(['duplicate']));

    const copies = await storedCopies(pair.database.url, records.map((r) => r.id));
    expect(copies.size).toBe(records.length);
    expect([...copies.values()].every((n) => n === 1)).toBe(true);
  });
});

const REPO_ROOT = fileURLToPath(new URL('../../../', import.meta.url));

/** Resolves with the first match of `pattern` in what the server has printed, now or later. */
function printed(server: ServerProcess, pattern: RegExp): Promise<RegExpExecArray> {
  return new Promise((resolve) => {
    const look = () => {
      const match = pattern.exec(server.output());
      if (!match) return false;
      server.process.stdout!.off('data', look);
      resolve(match);
      return true;
    };
    if (!look()) server.process.stdout!.on('data', look);
  });
}

const workerPids = (server: ServerProcess) => [...server.output().matchAll(/Proceso (\d+) atendiendo/g)].map((m) => Number(m[1]));

describe('WORKERS=2 on PostgreSQL (node:cluster)', () => {
  let database: TestDatabase;
  let root: string;
  let server: ServerProcess;
  let admin: StaffSession;
  let device: EnrolledDevice;
  const eventId = newEventId('workers');

  beforeAll(async () => {
    database = await createTestDatabase();
    root = await mkdtemp(join(tmpdir(), 'cabildo-pg-cluster-'));
    server = await startServerProcess({ dataDir: join(root, 'data'), staticDir: join(root, 'static'), env: { DATABASE_URL: database.url, WORKERS: '2' } });
    await printed(server, /Proceso \d+ atendiendo[\s\S]*Proceso \d+ atendiendo/);
    admin = await setupAdmin(server.url, server.output());
    device = await enrollDevice(server.url, admin, { eventIds: [eventId] });
    await createEvent(server.url, admin, eventId);
  });
  afterAll(async () => {
    await server?.stop();
    await database?.drop();
    if (root) await rm(root, { recursive: true, force: true });
  });

  it('forks two workers and prints one setup link and one address, from the primary', () => {
    expect(workerPids(server)).toHaveLength(2);
    expect(workerPids(server)).not.toContain(server.process.pid);
    expect(server.output().match(/configuracion-inicial#token=/g)).toHaveLength(1);
    expect(server.output()).toMatch(/Cabildo escuchando en http:\/\/localhost:\d+ \(2 procesos\)/);
  });

  it('stores every record once when the same batches arrive on many connections at once, and again', async () => {
    const { records, batches } = overlappingBatches(eventId, device, 60_000_000);
    const rounds = await Promise.all(batches.flatMap((batch) => [push(server.url, device, batch), push(server.url, device, batch)]));
    const statuses = statusesById(rounds);
    for (const record of records) expect(statuses.get(record.id)!.filter((s) => s === 'accepted'), record.id).toHaveLength(1);
    const again = await Promise.all(batches.map((batch) => push(server.url, device, batch)));
    for (const answer of again) expect(new Set(answer.results.map((r) => r.status))).toEqual(new Set(['duplicate']));
    const copies = await storedCopies(database.url, records.map((r) => r.id));
    expect(copies.size).toBe(records.length);
    expect([...copies.values()].every((n) => n === 1)).toBe(true);
  });

  it('replaces a worker that dies, and keeps answering meanwhile', async () => {
    const [victim, survivor] = workerPids(server);
    process.kill(victim!, 'SIGKILL');
    await printed(server, new RegExp(`El proceso ${victim} terminó`));
    // The survivor answers while the replacement starts.
    expect((await fetch(`${server.url}/api/v1/health`)).status).toBe(200);
    await printed(server, new RegExp(`El proceso ${victim} terminó[\\s\\S]*Proceso \\d+ atendiendo`));
    const now = workerPids(server).slice(2);
    expect(now).toHaveLength(1);
    expect(now).not.toContain(victim);
    expect(survivor).toBeDefined();
    const { batches } = overlappingBatches(eventId, device, 70_000_000);
    const answers = await Promise.all(batches.map((batch) => push(server.url, device, batch)));
    expect(answers.every((a) => a.status === 200)).toBe(true);
  });

  it('stops every worker on SIGTERM to the primary', async () => {
    const pids = workerPids(server);
    expect((await server.stop()).code).toBe(0);
    // The primary exits only after its workers have (it reaps them): none may be left.
    for (const pid of pids) expect(() => process.kill(pid, 0), `proceso ${pid}`).toThrow();
  });
});

describe('WORKERS on SQLite', () => {
  it('refuses WORKERS=2 with one clear line: SQLite has one writer', async () => {
    const root = await mkdtemp(join(tmpdir(), 'cabildo-sqlite-workers-'));
    try {
      const child = spawn(process.execPath, ['--import', 'tsx', 'src/server/main.ts'], { cwd: REPO_ROOT, env: { ...process.env, PORT: '0', DATA_DIR: root, WORKERS: '2', DATABASE_URL: '' }, stdio: ['ignore', 'pipe', 'pipe'] });
      let output = '';
      child.stdout.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
      child.stderr.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
      const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
      expect(code).toBe(1);
      expect(output.trim()).toBe('Cabildo no pudo iniciar: WORKERS=2 necesita PostgreSQL (DATABASE_URL): con SQLite un solo proceso escribe la base; use WORKERS=1');
    } finally {
      await rm(root, { recursive: true, force: true });
    }
  });
});
