import { Worker, type ResourceLimits } from 'node:worker_threads';
import type { WorkerSource } from './worker-source';

/** A worker's first message: its database answers, it takes jobs. */
export const WORKER_READY = { kind: 'ready' } as const;

/** A job that failed with its worker (the worker died, a new one could not start, the pool closed), not by itself. */
export class WorkerFailure extends Error {}

/** A job on its worker: what only its kind knows (its messages, what its caller hears when the worker dies). */
export interface RunningJob<Outcome, Answer> {
  /** A message of the worker about this job; the job's outcome when it is the last, which frees the worker. */
  receive(answer: Answer): Promise<Outcome> | undefined;
  lost(failure: WorkerFailure): Promise<Outcome>;
}

export interface WorkerPoolOptions<Job, Outcome, Answer extends { id: number }> {
  /** In the log: «Informes», «Exportaciones». */
  name: string;
  /** What the log says happens without workers: «se calculan en el proceso principal». */
  fallbackNote: string;
  source: () => WorkerSource;
  workerData: unknown;
  resourceLimits?: ResourceLimits;
  /** Worker threads (REPORT_WORKERS): each one runs one job at a time, the others wait in turn. */
  size: number;
  /** Posts the job under `id` to a ready worker; throws when the job cannot cross to a thread. */
  start(job: Job, id: number, post: (message: unknown, transfer?: ArrayBuffer[]) => void): RunningJob<Outcome, Answer>;
  /** The same job in this thread, used only when worker threads cannot start at all. */
  inProcess(job: Job): Promise<Outcome>;
  log?: (line: string) => void;
}

export interface WorkerPool<Job, Outcome> {
  /** Rejects with a WorkerFailure, or with `cancelled`'s reason when it is aborted before the job starts. */
  run(job: Job, cancelled?: AbortSignal): Promise<Outcome>;
  /** Ends the workers; jobs still waiting fail. */
  close(): Promise<void>;
}

interface Waiting<Job, Outcome> {
  job: Job;
  resolve: (outcome: Outcome | Promise<Outcome>) => void;
  reject: (error: unknown) => void;
}

interface Slot<Job, Outcome, Answer> {
  worker: Worker;
  ready: boolean;
  running?: { id: number; job: RunningJob<Outcome, Answer>; waiting: Waiting<Job, Outcome> };
}

/**
 * A small pool of worker threads, started at the first job and kept. Jobs queue first come first served; one
 * whose caller leaves while it waits is dropped unstarted. A worker that dies is replaced and the job it ran
 * fails. If no worker has ever started (worker threads cannot start here, or cannot open the database), jobs run
 * in process from then on, and a line in the log says so: slower for everyone else, but the same answers.
 */
export function workerPool<Job, Outcome, Answer extends { id: number }>(options: WorkerPoolOptions<Job, Outcome, Answer>): WorkerPool<Job, Outcome> {
  type Pending = Waiting<Job, Outcome>;
  const log = options.log ?? ((line: string) => console.error(line));
  const size = Math.max(1, Math.floor(options.size));
  const queue: Pending[] = [];
  const slots = new Set<Slot<Job, Outcome, Answer>>();
  let nextId = 1;
  let inProcess = false;
  let closed = false;
  // Once a worker has started, a replacement that cannot is a passing fault (the database restarting), not a
  // machine without worker threads: the waiting jobs fail and the next one retries.
  let everReady = false;

  const runInProcess = (waiting: Pending) => {
    try {
      waiting.resolve(options.inProcess(waiting.job));
    } catch (error) {
      waiting.reject(error);
    }
  };

  const fallBack = (why: string) => {
    if (!inProcess) log(`${options.name}: no arrancó un hilo de trabajo (${why}); ${options.fallbackNote}.`);
    inProcess = true;
    for (const waiting of queue.splice(0)) runInProcess(waiting);
  };

  const spawn = (): boolean => {
    let worker: Worker;
    try {
      const source = options.source();
      worker = new Worker(source.script, { eval: source.eval, workerData: options.workerData, resourceLimits: options.resourceLimits });
    } catch (error) {
      fallBack(error instanceof Error ? error.message : String(error));
      return false;
    }
    const slot: Slot<Job, Outcome, Answer> = { worker, ready: false };
    slots.add(slot);
    worker.on('message', (message: typeof WORKER_READY | Answer) => {
      if ('kind' in message && message.kind === WORKER_READY.kind) {
        slot.ready = everReady = true;
        return dispatch();
      }
      const running = slot.running;
      if (running?.id !== (message as Answer).id) return;
      const outcome = running.job.receive(message as Answer);
      if (!outcome) return;
      slot.running = undefined;
      running.waiting.resolve(outcome);
      dispatch();
    });
    let lastError = '';
    worker.on('error', (error) => {
      lastError = error.message;
      log(`${options.name}: el hilo de trabajo falló: ${error.message}`);
    });
    worker.on('exit', (code) => {
      slots.delete(slot);
      const failure = new WorkerFailure(closed ? 'server closing' : lastError || `exit code ${code}`);
      if (!slot.ready && !closed) {
        if (!everReady) return fallBack(failure.message);
        for (const waiting of queue.splice(0)) waiting.reject(failure);
        return;
      }
      const running = slot.running;
      slot.running = undefined;
      running?.waiting.resolve(running.job.lost(failure));
      dispatch();
    });
    return true;
  };

  const startOn = (slot: Slot<Job, Outcome, Answer>) => {
    // A job that cannot start leaves the worker free for the next one in the queue.
    while (!slot.running && queue.length > 0) {
      const waiting = queue.shift()!;
      const id = nextId++;
      try {
        slot.running = { id, job: options.start(waiting.job, id, (message, transfer) => slot.worker.postMessage(message, transfer)), waiting };
      } catch (error) {
        waiting.reject(error);
      }
    }
  };

  const dispatch = () => {
    if (closed || inProcess) return;
    for (const slot of slots) if (slot.ready) startOn(slot);
    // A worker starting up counts toward the size, so one crash loop cannot start workers without bound.
    while (queue.length > 0 && slots.size < size && !inProcess) {
      if (!spawn()) return;
    }
  };

  return {
    run: (job, cancelled) =>
      new Promise<Outcome>((resolve, reject) => {
        if (closed) return reject(new WorkerFailure('server closing'));
        if (cancelled?.aborted) return reject(cancelled.reason);
        const waiting: Pending = { job, resolve, reject };
        if (inProcess) return runInProcess(waiting);
        queue.push(waiting);
        cancelled?.addEventListener(
          'abort',
          () => {
            const at = queue.indexOf(waiting);
            if (at < 0) return;
            queue.splice(at, 1);
            reject(cancelled.reason);
          },
          { once: true },
        );
        dispatch();
      }),
    close: async () => {
      closed = true;
      for (const waiting of queue.splice(0)) waiting.reject(new WorkerFailure('server closing'));
      await Promise.all([...slots].map((slot) => slot.worker.terminate()));
    },
  };
}
