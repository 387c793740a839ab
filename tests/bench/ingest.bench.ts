import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { uuidV7 } from '../../src/core/ids/uuidv7';
import { openSqliteStores } from '../../src/server/store/sqlite/open-sqlite-stores';
import { openSqliteDatabase } from '../../src/server/store/sqlite/open-sqlite';
import { startServerProcess } from '../support/server-process';
import { enrollDevice, setupAdmin } from '../support/auth-bootstrap';
import { report } from './report';

/**
 * Sync ingest through the real HTTP endpoint (server in its own process, as in production)
 * against the ceiling of raw better-sqlite3 batched inserts into the same table, with the
 * same pragmas. Best of a few rounds, so a neighbour's CPU spike does not decide the figure.
 */
const TOTAL = 50_000;
const BATCH = 200;
const CLIENTS = 4;
const ROUNDS = 3;
const DEVICE = 'bench-device';

const makeRecord = (i: number) => ({
  id: uuidV7(Date.now(), randomBytes(10)),
  kind: 'attendance.entry',
  schemaVersion: 1,
  deviceId: DEVICE,
  createdAt: '2026-11-21T10:00:00-05:00',
  payload: {
    eventId: 'rendicion-2026-comuna-3',
    fullName: `Persona de Prueba ${i}`,
    document: { type: 'CC', number: String(10_000_000 + i) },
    territory: '03',
    consent: { accepted: true, textVersion: '2026-1' },
  },
});
type BenchRecord = ReturnType<typeof makeRecord>;
const makeRecords = () => Array.from({ length: TOTAL }, (_, i) => makeRecord(i));

function inBatches<T>(items: T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += BATCH) out.push(items.slice(i, i + BATCH));
  return out;
}

async function httpIngest(dataDir: string, records: BenchRecord[]): Promise<number> {
  const bodies = inBatches(records).map((batch) => JSON.stringify({ deviceId: DEVICE, records: batch }));
  const server = await startServerProcess({ dataDir, staticDir: join(dataDir, 'no-static') });
  let accepted = 0;
  let seconds: number;
  try {
    await fetch(`${server.url}/api/v1/health`);
    // Pushes come from an enrolled device, as in the field (250 requests: within its per-minute limit).
    const device = await enrollDevice(server.url, await setupAdmin(server.url, server.output()), { deviceId: DEVICE });
    let next = 0;
    const client = async () => {
      while (next < bodies.length) {
        const body = bodies[next++]!;
        const response = await fetch(`${server.url}/api/v1/sync`, { method: 'POST', headers: device.headers(), body });
        if (response.status !== 200) throw new Error(`sync ${response.status}: ${await response.text()}`);
        const { results } = (await response.json()) as { results: { status: string }[] };
        accepted += results.filter((r) => r.status === 'accepted').length;
      }
    };
    const started = performance.now();
    await Promise.all(Array.from({ length: CLIENTS }, client));
    seconds = (performance.now() - started) / 1000;
  } finally {
    await server.stop();
  }
  const stored = new Database(join(dataDir, 'cabildo.sqlite'), { readonly: true });
  const { n } = stored.prepare('select count(*) as n from records').get() as { n: number };
  stored.close();
  if (accepted !== TOTAL || n !== TOTAL) throw new Error(`aceptados ${accepted}, guardados ${n}, enviados ${TOTAL}`);
  return TOTAL / seconds;
}

async function rawInsert(file: string, records: BenchRecord[]): Promise<number> {
  await (await openSqliteStores(file)).close(); // the real migrations: the very same table
  const db = openSqliteDatabase(file);
  const receivedAt = new Date().toISOString();
  const rows = records.map((r) => [
    r.id, r.kind, r.schemaVersion, r.deviceId, r.createdAt, receivedAt, JSON.stringify(r.payload), (r.payload as { eventId: string }).eventId,
  ]);
  const insert = db.prepare(
    'insert into records (id, kind, schema_version, device_id, created_at, received_at, payload, event_id) values (?, ?, ?, ?, ?, ?, ?, ?)',
  );
  const insertBatch = db.transaction((batch: unknown[][]) => {
    for (const row of batch) insert.run(...row);
  });
  const started = performance.now();
  for (const batch of inBatches(rows)) insertBatch(batch);
  const seconds = (performance.now() - started) / 1000;
  db.close();
  return TOTAL / seconds;
}

const root = await mkdtemp(join(tmpdir(), 'cabildo-bench-ingest-'));
try {
  let raw = 0;
  let ingest = 0;
  for (let round = 0; round < ROUNDS; round++) {
    raw = Math.max(raw, await rawInsert(join(root, `raw-${round}.sqlite`), makeRecords()));
    ingest = Math.max(ingest, await httpIngest(join(root, `http-${round}`), makeRecords()));
  }
  report('ingest_records_per_s', ingest, 'records/s');
  report('raw_insert_records_per_s', raw, 'records/s');
  report('ingest_ratio', ingest / raw, 'ratio', '>=0.4');
} finally {
  await rm(root, { recursive: true, force: true });
}
