import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultCatalogues } from '../../../src/core/catalogues';
import { attendanceListColumns } from '../../../src/server/reports/attendance-list';
import { EXPORT_WINDOW, exportWorkerPool } from '../../../src/server/reports/export-workers';
import { writeListado, type ListadoExport } from '../../../src/server/reports/listado-export';
import { startServer, type RunningServer } from '../../../src/server/start';
import { openPostgresStores } from '../../../src/server/store/postgres/open-postgres-stores';
import { openSqliteStores } from '../../../src/server/store/sqlite/open-sqlite-stores';
import { createTestDatabase, pgUnavailableReason, type TestDatabase } from '../../support/pg-database';
import { seedListado } from '../../bench/listado-dataset';
import { newEventId } from '../events/fixtures';
import { startAuthedServer, type AuthedServer } from '../support/authed-server';
import { anonymousRecord, createEvent, pushAccepted } from './fixtures';

/**
 * Issue 12: the listado export is read, judged and encoded in an export worker thread, which posts its bytes to
 * the main thread. The same database is served twice at once, by a server with workers and by one writing in
 * process (reportWorkers 0, the code as it was): both downloads must be the same bytes, on SQLite and PostgreSQL
 * (the clock is fixed, so the XLSX's zip timestamps agree too).
 */
const CLOCK = new Date('2026-11-21T20:00:00Z');
// Several pages (EXPORT_PAGE_SIZE 200), every 97th person admitted twice.
const ROWS = 1_500;
// Enough for many more chunks than EXPORT_WINDOW.
const POOL_ROWS = 4_000;

async function bytesOf(url: string, headers: Record<string, string>): Promise<{ status: number; bytes: Buffer }> {
  const response = await fetch(url, { headers });
  return { status: response.status, bytes: Buffer.from(await response.arrayBuffer()) };
}

function sameBytes(database: 'sqlite' | 'postgres') {
  let pg: TestDatabase | undefined;
  let skip: string | undefined;
  let withWorker: AuthedServer;
  let inProcess: RunningServer;
  const eventId = newEventId();

  beforeAll(async () => {
    if (database === 'postgres') {
      skip = await pgUnavailableReason();
      if (skip) return;
      pg = await createTestDatabase();
      const stores = await openPostgresStores(pg.url);
      await seedListado(stores, eventId, ROWS).finally(() => stores.close());
    }
    withWorker = await startAuthedServer({ now: () => CLOCK, reportWorkers: 1, ...(pg ? { databaseUrl: pg.url } : {}) });
    if (!pg) {
      // Beside the server's own connection, as a second writer would be.
      const stores = await openSqliteStores(join(withWorker.dataDir, 'cabildo.sqlite'));
      await seedListado(stores, eventId, ROWS).finally(() => stores.close());
    }
    // The same data directory (signing key, SQLite file) or database, its sessions included.
    inProcess = await startServer({ port: 0, host: '127.0.0.1', dataDir: withWorker.dataDir, staticDir: join(withWorker.root, 'static'), now: () => CLOCK, reportWorkers: 0, ...(pg ? { databaseUrl: pg.url } : {}) });
    await createEvent(withWorker.url, { name: 'Audiencia de ciudad' }, eventId);
    await pushAccepted(withWorker.url, [anonymousRecord(eventId, 'puerta-3', '2026-11-21T13:00:05Z'), anonymousRecord(eventId, 'puerta-4', '2026-11-21T13:30:00Z')]);
  }, 120_000);

  afterAll(async () => {
    await inProcess?.close();
    await withWorker?.dispose();
    await pg?.drop();
  });

  it('gives the same CSV and XLSX bytes from the export worker as in process', async () => {
    if (skip) return console.warn(`omitido: ${skip}`);
    const headers = withWorker.admin.headers();
    for (const format of ['csv', 'xlsx']) {
      const path = `/api/v1/events/${eventId}/attendance.${format}`;
      const fromWorker = await bytesOf(`${withWorker.url}${path}`, headers);
      const fromProcess = await bytesOf(`http://127.0.0.1:${inProcess.port}${path}`, headers);
      expect(fromWorker.status, path).toBe(200);
      expect(fromProcess.status, path).toBe(200);
      expect(fromWorker.bytes.length, path).toBeGreaterThan(ROWS * 20);
      expect(fromWorker.bytes.equals(fromProcess.bytes), path).toBe(true);
    }
    const csv = (await bytesOf(`${withWorker.url}/api/v1/events/${eventId}/attendance.csv`, headers)).bytes.toString('utf8');
    expect(csv.split('\r\n').filter((line) => line !== '')).toHaveLength(1 + ROWS + 2);
  });
}

describe('listado exports through the export worker, SQLite', () => sameBytes('sqlite'));
describe('listado exports through the export worker, PostgreSQL', () => sameBytes('postgres'));

describe('the export worker pool', () => {
  let root: string;
  let file: string;
  const eventId = newEventId();
  const job = (format: ListadoExport['format']): ListadoExport => ({
    format,
    eventId,
    catalogues: defaultCatalogues,
    naming: {},
    columns: attendanceListColumns,
    title: 'Listado de asistencia: prueba',
    created: CLOCK,
  });
  const collect = () => {
    const chunks: Uint8Array[] = [];
    return { chunks, sink: async (chunk: Uint8Array) => void chunks.push(chunk.slice()) };
  };

  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), 'cabildo-export-pool-'));
    file = join(root, 'cabildo.sqlite');
    // The server migrates before any export: so does this test.
    const stores = await openSqliteStores(file);
    await seedListado(stores, eventId, POOL_ROWS).finally(() => stores.close());
  }, 60_000);
  afterAll(() => rm(root, { recursive: true, force: true }));

  it('stops the worker when the client goes away, and the worker then writes the next export whole', async () => {
    const lines: string[] = [];
    const pool = exportWorkerPool({ database: { kind: 'sqlite', file }, size: 1, inProcess: () => Promise.reject(new Error('no debe escribirse en el proceso')), log: (line) => lines.push(line) });
    try {
      // The client goes at the first chunk, so no chunk is ever taken: the worker, out of credit after
      // EXPORT_WINDOW chunks, can end only by being stopped (the CSV is longer than EXPORT_WINDOW chunks).
      const client = new AbortController();
      let handed = 0;
      const gone = new Error('el cliente se fue');
      const cut = pool.listado(
        job('csv'),
        async () => {
          handed++;
          client.abort(gone);
          throw gone;
        },
        client.signal,
      );
      await expect(cut).rejects.toBe(gone);
      expect(handed).toBe(1);

      // The same worker, free again: the whole CSV, byte for byte what the same code writes in process.
      const fromWorker = collect();
      expect(await pool.listado(job('csv'), fromWorker.sink, new AbortController().signal)).toEqual({ ok: true, value: undefined });
      const stores = await openSqliteStores(file);
      const inProcess = collect();
      try {
        expect(await writeListado(stores.reports, job('csv'), inProcess.sink)).toEqual({ ok: true, value: undefined });
      } finally {
        await stores.close();
      }
      // The premise of the stop above: the whole CSV is more than the worker may post without credit.
      expect(fromWorker.chunks.length).toBeGreaterThan(EXPORT_WINDOW + 1);
      expect(Buffer.concat(fromWorker.chunks).equals(Buffer.concat(inProcess.chunks))).toBe(true);
      expect(lines).toEqual([]);
    } finally {
      await pool.close();
    }
  }, 60_000);

  it('never starts an export whose client left while it waited for a worker', async () => {
    const pool = exportWorkerPool({ database: { kind: 'sqlite', file }, size: 1, inProcess: () => Promise.reject(new Error('no debe escribirse en el proceso')), log: () => undefined });
    try {
      const client = new AbortController();
      const { chunks, sink } = collect();
      const cut = pool.listado(job('xlsx'), sink, client.signal);
      client.abort(new Error('el cliente se fue'));
      await expect(cut).rejects.toThrow('el cliente se fue');
      expect(chunks).toEqual([]);
    } finally {
      await pool.close();
    }
  }, 60_000);

  it('writes in process, and says so once in the log, when no worker can open the database', async () => {
    const lines: string[] = [];
    const written: string[] = [];
    const pool = exportWorkerPool({
      // A file in a directory that does not exist: the worker's connection fails before it is ready.
      database: { kind: 'sqlite', file: '/nonexistent-cabildo-dir/cabildo.sqlite' },
      size: 1,
      inProcess: async (request, sink) => {
        written.push(request.format);
        await sink(new Uint8Array([1]));
        return { ok: true, value: undefined };
      },
      log: (line) => lines.push(line),
    });
    try {
      const signal = new AbortController().signal;
      const [first, second] = await Promise.all([pool.listado(job('csv'), collect().sink, signal), pool.listado(job('xlsx'), collect().sink, signal)]);
      expect(first.ok && second.ok).toBe(true);
      expect(written.sort()).toEqual(['csv', 'xlsx']);
      expect(lines.filter((line) => line.includes('se escriben en el proceso principal'))).toHaveLength(1);
    } finally {
      await pool.close();
    }
  });
});
