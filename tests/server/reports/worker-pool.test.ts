import { describe, expect, it } from 'vitest';
import { WorkerFailure, workerPool } from '../../../src/server/reports/worker-pool';

/**
 * The generic pool's own guarantees, with real worker threads running a small script: each one counts the jobs
 * it has seen, exits at a job named «crash», and (from the start numbered `failFrom` on) throws before it is
 * ready, as a worker that cannot open its database does.
 */
const WORKER = `
const { parentPort, workerData } = require('node:worker_threads');
const start = Atomics.add(workerData.starts, 0, 1);
if (start >= workerData.failFrom) throw new Error('sin base de datos');
let seen = 0;
parentPort.on('message', (job) => {
  if (job.name === 'crash') process.exit(3);
  parentPort.postMessage({ id: job.id, name: job.name, seen: ++seen, start });
});
parentPort.postMessage({ kind: 'ready' });
`;

interface Answer {
  id: number;
  name: string;
  seen: number;
  /** Which worker answered, in the order they started; -1 in process. */
  start: number;
}

function testPool(failFrom = Infinity) {
  const starts = new Int32Array(new SharedArrayBuffer(4));
  const lines: string[] = [];
  const pool = workerPool<{ name: string }, Answer, Answer>({
    name: 'Pruebas',
    fallbackNote: 'se hacen en el proceso principal',
    source: () => ({ script: WORKER, eval: true }),
    workerData: { starts, failFrom },
    size: 1,
    start: (job, id, post) => {
      post({ ...job, id });
      return { receive: async (answer) => answer, lost: (failure) => Promise.reject(failure) };
    },
    inProcess: async (job) => ({ id: 0, name: job.name, seen: 0, start: -1 }),
    log: (line) => lines.push(line),
  });
  return { pool, lines, started: () => Atomics.load(starts, 0) };
}

describe('the worker pool', () => {
  it('runs jobs in the order they came, and never starts one whose caller left while it waited', async () => {
    const { pool, lines } = testPool();
    try {
      const left = new AbortController();
      const gone = new Error('se fue');
      const first = pool.run({ name: 'a' });
      const cancelled = pool.run({ name: 'b' }, left.signal);
      const third = pool.run({ name: 'c' });
      left.abort(gone);
      const fourth = pool.run({ name: 'd' });
      await expect(cancelled).rejects.toBe(gone);
      const answers = await Promise.all([first, third, fourth]);
      expect(answers.map((answer) => [answer.name, answer.seen])).toEqual([
        ['a', 1],
        ['c', 2],
        ['d', 3],
      ]);
      const already = AbortSignal.abort(gone);
      await expect(pool.run({ name: 'e' }, already)).rejects.toBe(gone);
      expect((await pool.run({ name: 'f' })).seen).toBe(4);
      expect(lines).toEqual([]);
    } finally {
      await pool.close();
    }
  });

  it('fails the job of a worker that dies, and runs the next one on a new worker', async () => {
    const { pool, lines, started } = testPool();
    try {
      const crashed = pool.run({ name: 'crash' });
      const next = pool.run({ name: 'después' });
      await expect(crashed).rejects.toThrow(new WorkerFailure('exit code 3'));
      expect(await next).toMatchObject({ name: 'después', seen: 1, start: 1 });
      expect(started()).toBe(2);
      expect(lines).toEqual([]);
    } finally {
      await pool.close();
    }
  });

  it('runs jobs in process, and says so once in the log, when no worker can start', async () => {
    const { pool, lines, started } = testPool(0);
    try {
      const answers = await Promise.all([pool.run({ name: 'a' }), pool.run({ name: 'b' })]);
      expect(answers.map((answer) => [answer.name, answer.start])).toEqual([
        ['a', -1],
        ['b', -1],
      ]);
      expect((await pool.run({ name: 'c' })).start).toBe(-1);
      expect(started()).toBe(1);
      expect(lines.filter((line) => line.includes('no arrancó un hilo de trabajo (sin base de datos); se hacen en el proceso principal'))).toHaveLength(1);
    } finally {
      await pool.close();
    }
  });

  it('fails the waiting jobs, without falling back, when a replacement cannot start; the next job tries again', async () => {
    const { pool, lines, started } = testPool(1);
    try {
      const crashed = pool.run({ name: 'crash' });
      const waiting = pool.run({ name: 'en espera' });
      await expect(crashed).rejects.toThrow(new WorkerFailure('exit code 3'));
      await expect(waiting).rejects.toThrow(new WorkerFailure('sin base de datos'));
      await expect(pool.run({ name: 'luego' })).rejects.toThrow(new WorkerFailure('sin base de datos'));
      expect(started()).toBe(3);
      expect(lines.filter((line) => line.includes('no arrancó'))).toEqual([]);
    } finally {
      await pool.close();
    }
  });

  it('fails the jobs still waiting, and any new one, once it closes', async () => {
    const { pool } = testPool();
    const waiting = expect(pool.run({ name: 'a' })).rejects.toThrow(new WorkerFailure('server closing'));
    await pool.close();
    await waiting;
    await expect(pool.run({ name: 'b' })).rejects.toThrow(WorkerFailure);
  });
});
