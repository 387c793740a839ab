import { Worker } from 'node:worker_threads';
import type { Problem } from '../../core/problems/problem';
import type { Result } from '../../core/result';
import type { DatabaseTarget } from '../store/readers/open-reader-stores';
import type { ListadoExport } from './listado-export';
import { workerSource } from './worker-source';
import type { ByteSink } from './xlsx/zip-writer';

/** Listado exports written off the main thread (or in process when no worker thread can start). */
export interface ExportWorkers {
  /**
   * Writes the listado into `sink`. Settles once the writing has stopped: when `gone` is aborted (the client
   * left) or the sink throws, the worker stops between pages and this rejects.
   */
  listado(job: ListadoExport, sink: ByteSink, gone: AbortSignal): Promise<Result<void>>;
  /** Ends the workers; exports under way are cut short. */
  close(): Promise<void>;
}

export interface ExportWorkerPoolOptions {
  database: DatabaseTarget;
  /** Worker threads (REPORT_WORKERS): each one writes one export at a time, the others wait in turn. */
  size: number;
  /** The same writing in this thread (listado-export.ts writeListado), used only when worker threads cannot start at all. */
  inProcess: (job: ListadoExport, sink: ByteSink, gone: AbortSignal) => Promise<Result<void>>;
  log?: (line: string) => void;
}

/** Main thread to worker. */
export type ExportOrder = { kind: 'start'; id: number; job: ListadoExport } | { kind: 'credit'; id: number } | { kind: 'stop'; id: number };
/** Worker to main thread: bytes (a transferred ArrayBuffer), then one end. */
export type ExportReport =
  | { kind: 'ready' }
  | { kind: 'chunk'; id: number; bytes: ArrayBuffer }
  | { kind: 'done'; id: number }
  | { kind: 'refused'; id: number; problem: Problem }
  | { kind: 'failed'; id: number; error: string; stopped: boolean };

/**
 * Chunks a worker may post before the main thread has handed the first to the client: enough to keep the
 * worker busy while the socket drains, few enough that a slow client holds at most this many in memory.
 */
export const EXPORT_WINDOW = 4;

/**
 * V8 heap limits of an export worker: it holds a page of rows and a few chunks at a time, so a small young
 * generation keeps the garbage of 100,000 rows from piling up between collections, and the old generation
 * bound stops a runaway export (the worker dies, its download is cut short) before it takes the server's memory.
 */
const RESOURCE_LIMITS = { maxYoungGenerationSizeMb: 4, maxOldGenerationSizeMb: 96 };

interface Running {
  id: number;
  sink: ByteSink;
  // Chunks go to the sink one after another, in the order the worker made them.
  handed: Promise<void>;
  /** Why the writing stops early (the client left, the sink threw); undefined while all is well. */
  stopped?: unknown;
  settle: (outcome: { result: Result<void> } | { error: unknown }) => void;
}

interface Waiting {
  job: ListadoExport;
  sink: ByteSink;
  gone: AbortSignal;
  settle: Running['settle'];
}

interface Slot {
  worker: Worker;
  ready: boolean;
  running?: Running;
}

const failure = (message: string): { error: unknown } => ({ error: new Error(`Exportación: ${message}`) });

/**
 * A small pool of export worker threads (export-worker.ts), started at the first export and kept: each reads the
 * listado on its own database connection, judges its rows and encodes them, and posts the bytes here, where they
 * only go to the client. Exports queue first come first served. A worker that dies is replaced and its export
 * cut short. If no worker has ever started (worker threads cannot start here), exports are written in process
 * from then on, the same bytes, and a line in the log says so.
 */
export function exportWorkerPool(options: ExportWorkerPoolOptions): ExportWorkers {
  const log = options.log ?? ((line: string) => console.error(line));
  const size = Math.max(1, Math.floor(options.size));
  const queue: Waiting[] = [];
  const slots = new Set<Slot>();
  let nextId = 1;
  let inProcess = false;
  let closed = false;
  let everReady = false;

  const runInProcess = (waiting: Waiting) =>
    options.inProcess(waiting.job, waiting.sink, waiting.gone).then(
      (result) => waiting.settle({ result }),
      (error: unknown) => waiting.settle({ error }),
    );

  const fallBack = (why: string) => {
    if (!inProcess) log(`Exportaciones: no arrancó un hilo de trabajo (${why}); se escriben en el proceso principal.`);
    inProcess = true;
    for (const waiting of queue.splice(0)) void runInProcess(waiting);
  };

  const finish = (slot: Slot, outcome: Parameters<Running['settle']>[0]) => {
    const running = slot.running;
    if (!running) return;
    slot.running = undefined;
    // Every chunk already posted reaches the sink before the export settles.
    void running.handed.then(() => running.settle(running.stopped === undefined ? outcome : { error: running.stopped }));
    dispatch();
  };

  const onReport = (slot: Slot, report: ExportReport) => {
    if (report.kind === 'ready') {
      slot.ready = true;
      everReady = true;
      return dispatch();
    }
    const running = slot.running;
    if (!running || running.id !== report.id) return;
    switch (report.kind) {
      case 'chunk':
        running.handed = running.handed.then(async () => {
          if (running.stopped !== undefined) return;
          try {
            await running.sink(new Uint8Array(report.bytes));
            slot.worker.postMessage({ kind: 'credit', id: running.id } satisfies ExportOrder);
          } catch (error) {
            stop(slot, running, error);
          }
        });
        return;
      case 'done':
        return finish(slot, { result: { ok: true, value: undefined } });
      case 'refused':
        return finish(slot, { result: { ok: false, problem: report.problem } });
      case 'failed':
        return finish(slot, report.stopped ? { error: running.stopped } : failure(report.error));
    }
  };

  const stop = (slot: Slot, running: Running, why: unknown) => {
    if (running.stopped !== undefined) return;
    running.stopped = why ?? new Error('stopped');
    slot.worker.postMessage({ kind: 'stop', id: running.id } satisfies ExportOrder);
  };

  const spawn = (): boolean => {
    let worker: Worker;
    try {
      const source = workerSource('export-worker');
      worker = new Worker(source.script, { eval: source.eval, workerData: { database: options.database }, resourceLimits: RESOURCE_LIMITS });
    } catch (error) {
      fallBack(error instanceof Error ? error.message : String(error));
      return false;
    }
    const slot: Slot = { worker, ready: false };
    slots.add(slot);
    worker.on('message', (report: ExportReport) => onReport(slot, report));
    let lastError = '';
    worker.on('error', (error) => {
      lastError = error.message;
      log(`Exportaciones: el hilo de trabajo falló: ${error.message}`);
    });
    worker.on('exit', (code) => {
      slots.delete(slot);
      const why = lastError || `exit code ${code}`;
      if (closed) return finish(slot, failure('server closing'));
      if (!slot.ready) {
        if (!everReady) return fallBack(why);
        // Once a worker has started, a replacement that cannot is a passing fault (the database restarting):
        // the waiting exports fail and the next one retries.
        for (const waiting of queue.splice(0)) waiting.settle(failure(why));
        return;
      }
      finish(slot, failure(why));
      dispatch();
    });
    return true;
  };

  const dispatch = () => {
    if (closed || inProcess) return;
    for (const slot of slots) {
      if (queue.length === 0) return;
      if (!slot.ready || slot.running) continue;
      const waiting = queue.shift()!;
      if (waiting.gone.aborted) {
        waiting.settle({ error: waiting.gone.reason });
        continue;
      }
      const running: Running = { id: nextId++, sink: waiting.sink, handed: Promise.resolve(), settle: waiting.settle };
      try {
        slot.worker.postMessage({ kind: 'start', id: running.id, job: waiting.job } satisfies ExportOrder);
      } catch (error) {
        // Something in the request that cannot cross to a thread: this export fails, the worker is fine.
        waiting.settle({ error });
        continue;
      }
      slot.running = running;
      waiting.gone.addEventListener('abort', () => stop(slot, running, waiting.gone.reason), { once: true });
    }
    // A worker starting up counts toward the size, so one crash loop cannot start workers without bound.
    while (queue.length > 0 && slots.size < size && !inProcess) {
      if (!spawn()) return;
    }
  };

  return {
    listado: (job, sink, gone) =>
      new Promise<{ result: Result<void> } | { error: unknown }>((settle) => {
        if (closed) return settle(failure('server closing'));
        // The live settings expose catalogues as getters: copied to plain data to cross postMessage.
        const waiting: Waiting = { job: { ...job, catalogues: { ...job.catalogues } }, sink, gone, settle };
        if (inProcess) return void runInProcess(waiting);
        queue.push(waiting);
        dispatch();
      }).then((outcome) => {
        if ('error' in outcome) throw outcome.error;
        return outcome.result;
      }),
    close: async () => {
      closed = true;
      for (const waiting of queue.splice(0)) waiting.settle(failure('server closing'));
      await Promise.all([...slots].map((slot) => slot.worker.terminate()));
    },
  };
}
