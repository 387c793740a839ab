import type { Problem } from '../../core/problems/problem';
import { fail, ok, type Result } from '../../core/result';
import type { DatabaseTarget } from '../store/readers/open-reader-stores';
import type { ListadoExport } from './listado-export';
import { WorkerFailure, workerPool } from './worker-pool';
import { databaseWorkers } from './worker-source';
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
/** Worker to main thread, after WORKER_READY: bytes (a transferred ArrayBuffer), then one end. */
export type ExportReport =
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

interface Export {
  job: ListadoExport;
  sink: ByteSink;
  gone: AbortSignal;
}

const failure = (message: string) => new Error(`Exportación: ${message}`);

/**
 * Export jobs on a worker pool (worker-pool.ts): each worker (export-worker.ts) reads the listado on its own
 * database connection, judges its rows and encodes them, and posts the bytes here, where they only go to the
 * client, a chunk of credit at a time. A client that leaves (or whose sink throws) stops the worker between
 * pages; a worker that dies cuts its export short.
 */
export function exportWorkerPool(options: ExportWorkerPoolOptions): ExportWorkers {
  const pool = workerPool<Export, Result<void>, ExportReport>({
    name: 'Exportaciones',
    fallbackNote: 'se escriben en el proceso principal',
    ...databaseWorkers('export-worker', options),
    resourceLimits: RESOURCE_LIMITS,
    inProcess: ({ job, sink, gone }) => options.inProcess(job, sink, gone),
    start: ({ job, sink, gone }, id, post) => {
      post({ kind: 'start', id, job } satisfies ExportOrder);
      // Chunks go to the sink one after another, in the order the worker made them.
      let handed = Promise.resolve();
      /** Why the writing stops early (the client left, the sink threw); undefined while all is well. */
      let stopped: unknown;
      const stop = (why: unknown) => {
        if (stopped !== undefined) return;
        stopped = why ?? new Error('stopped');
        post({ kind: 'stop', id } satisfies ExportOrder);
      };
      gone.addEventListener('abort', () => stop(gone.reason), { once: true });
      // Every chunk already posted reaches the sink before the export settles.
      const end = (outcome: () => Result<void>) =>
        handed.then(() => {
          if (stopped !== undefined) throw stopped;
          return outcome();
        });
      return {
        receive: (report) => {
          switch (report.kind) {
            case 'chunk':
              handed = handed.then(async () => {
                if (stopped !== undefined) return;
                try {
                  await sink(new Uint8Array(report.bytes));
                  post({ kind: 'credit', id } satisfies ExportOrder);
                } catch (error) {
                  stop(error);
                }
              });
              return undefined;
            case 'done':
              return end(() => ok(undefined));
            case 'refused':
              return end(() => fail(report.problem));
            case 'failed':
              return end(() => {
                throw failure(report.error);
              });
          }
        },
        lost: (lost) =>
          end(() => {
            throw lost;
          }),
      };
    },
  });

  return {
    // The live settings expose catalogues as getters: copied to plain data to cross postMessage.
    listado: (job, sink, gone) =>
      pool.run({ job: { ...job, catalogues: { ...job.catalogues } }, sink, gone }, gone).catch((error: unknown) => {
        throw error instanceof WorkerFailure ? failure(error.message) : error;
      }),
    close: () => pool.close(),
  };
}
