import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import type { Catalogues } from '../../../src/core/catalogues';
import { openSqliteStores } from '../../../src/server/store/sqlite/open-sqlite-stores';
import { reportWorkerPool } from '../../../src/server/reports/report-worker-pool';
import { defaultCatalogues } from '../../../src/core/catalogues';
import type { PeriodData } from '../../../src/server/reports/period-inputs';
import { readPeriodQuery } from '../../../src/server/reports/period-query';

const period = () => {
  const query = readPeriodQuery({ from: '2027-01-01', to: '2027-12-31' });
  if (!query.ok) throw new Error('periodo de prueba inválido');
  return query.value;
};

it('computes in process, and says so once in the log, when no worker can open the database', async () => {
  const lines: string[] = [];
  const inProcessCalls: string[] = [];
  const pool = reportWorkerPool({
    // A file in a directory that does not exist: the worker's connection fails before it is ready.
    database: { kind: 'sqlite', file: '/nonexistent-cabildo-dir/cabildo.sqlite' },
    size: 1,
    inProcess: async (request) => {
      inProcessCalls.push(request.now);
      return { ok: true, value: { events: new Map() } as unknown as PeriodData };
    },
    log: (line) => lines.push(line),
  });
  try {
    const now = new Date('2027-08-01T15:00:00Z');
    const [first, second] = await Promise.all([pool.period(period(), defaultCatalogues, now), pool.period(period(), defaultCatalogues, now)]);
    expect(first.ok && second.ok).toBe(true);
    expect(inProcessCalls).toEqual([now.toISOString(), now.toISOString()]);
    expect(lines.filter((line) => line.includes('se calculan en el proceso principal'))).toHaveLength(1);
  } finally {
    await pool.close();
  }
});

it('answers report.worker_failed to reports still waiting when the pool closes', async () => {
  const pool = reportWorkerPool({ database: { kind: 'sqlite', file: ':memory:' }, size: 1, inProcess: async () => ({ ok: false, problem: { code: 'x', message: 'x' } }), log: () => undefined });
  const waiting = pool.period(period(), defaultCatalogues, new Date());
  await pool.close();
  const answer = await waiting;
  expect(answer.ok).toBe(false);
  if (!answer.ok) expect(answer.problem.code).toBe('report.worker_failed');
});

it('answers report.worker_failed when a report fails in the worker, and the worker takes the next one', async () => {
  const root = await mkdtemp(join(tmpdir(), 'cabildo-report-pool-'));
  const file = join(root, 'cabildo.sqlite');
  // The server migrates before any report: so does this test.
  await (await openSqliteStores(file)).close();
  const inProcess: unknown[] = [];
  const pool = reportWorkerPool({ database: { kind: 'sqlite', file }, size: 1, inProcess: async (request) => (inProcess.push(request), { ok: false, problem: { code: 'x', message: 'x' } }), log: () => undefined });
  try {
    const now = new Date('2027-08-01T15:00:00Z');
    // Catalogues without their entries: the aggregation throws inside the worker.
    const broken = await pool.period(period(), {} as Catalogues, now);
    expect(broken.ok).toBe(false);
    if (!broken.ok) expect(broken.problem.code).toBe('report.worker_failed');
    const fine = await pool.period(period(), defaultCatalogues, now);
    expect(fine.ok).toBe(true);
    if (fine.ok) expect(fine.value.events.size).toBe(0);
    expect(inProcess).toEqual([]);
  } finally {
    await pool.close();
    await rm(root, { recursive: true, force: true });
  }
});
