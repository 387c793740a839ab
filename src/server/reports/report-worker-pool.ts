import { Worker } from 'node:worker_threads';
import type { Catalogues } from '../../core/catalogues';
import type { SettingsVersion } from '../../core/settings/settings-version';
import type { Audience } from '../../core/indicators/publish-breakdown';
import { problem } from '../../core/problems/problem';
import type { Result } from '../../core/result';
import type { DatabaseTarget } from '../store/readers/open-reader-stores';
import type { EventReport } from './event-report';
import type { PeriodData } from './period-inputs';
import type { DatePeriod } from './period-query';
import type { ReportAnswer, ReportJob, ReportRequest } from './report-job';
import { workerSource } from './worker-source';

/** Heavy reports computed off the main thread (or in process when no worker thread can start). */
export interface ReportWorkers {
  period(period: DatePeriod, catalogues: Catalogues, now: Date): Promise<Result<PeriodData>>;
  /** Undefined when there is no such event. */
  event(eventId: string, audience: Audience, catalogues: Catalogues, settingsHistory: readonly SettingsVersion[], now: Date): Promise<Result<EventReport | undefined>>;
  /** Ends the workers; reports still waiting answer report.worker_failed. */
  close(): Promise<void>;
}

export interface ReportWorkerPoolOptions {
  database: DatabaseTarget;
  /** Worker threads (REPORT_WORKERS, 1 by default): each one reports at a time, the others wait in turn. */
  size: number;
  /** The same computation in this thread (report-job.ts computeReport), used only when worker threads cannot start at all. */
  inProcess: (request: ReportRequest) => Promise<Result<unknown>>;
  log?: (line: string) => void;
}

interface Waiting {
  job: ReportJob;
  settle: (result: Result<unknown>) => void;
}

interface Slot {
  worker: Worker;
  ready: boolean;
  running?: Waiting;
}

const failed = (reason: string): Result<never> => ({ ok: false, problem: problem('report.worker_failed', { reason }) });

/**
 * A small pool of report worker threads, started at the first report. Reports queue first come first served;
 * a worker that dies is replaced and the report it was computing answers report.worker_failed (503). If no
 * worker has ever opened its database connection (worker threads cannot start here), reports are computed in
 * process from then on, and a line in the log says so: slower for everyone else, but reports still answer.
 */
export function reportWorkerPool(options: ReportWorkerPoolOptions): ReportWorkers {
  const log = options.log ?? ((line: string) => console.error(line));
  const size = Math.max(1, Math.floor(options.size));
  const queue: Waiting[] = [];
  const slots = new Set<Slot>();
  let nextId = 1;
  let inProcess = false;
  let closed = false;
  // Once a worker has started, a replacement that cannot is a passing fault (the database restarting), not a
  // machine without worker threads: the waiting reports answer report.worker_failed and the next one retries.
  let everReady = false;

  const fallBack = (why: string) => {
    if (!inProcess) log(`Informes: no arrancó un hilo de trabajo (${why}); se calculan en el proceso principal.`);
    inProcess = true;
    for (const waiting of queue.splice(0)) void runInProcess(waiting);
  };

  const runInProcess = async ({ job, settle }: Waiting) => {
    try {
      settle(await options.inProcess(job));
    } catch (error) {
      settle(failed(error instanceof Error ? error.message : String(error)));
    }
  };

  const spawn = (): Slot | undefined => {
    let worker: Worker;
    try {
      const source = workerSource('report-worker');
      worker = new Worker(source.script, { eval: source.eval, workerData: { database: options.database } });
    } catch (error) {
      fallBack(error instanceof Error ? error.message : String(error));
      return undefined;
    }
    const slot: Slot = { worker, ready: false };
    slots.add(slot);
    worker.on('message', (message: ReportAnswer | { ready: true }) => {
      if ('ready' in message) {
        slot.ready = true;
        everReady = true;
        dispatch();
        return;
      }
      const running = slot.running;
      slot.running = undefined;
      if (running && running.job.id === message.id) {
        running.settle('error' in message ? failed(message.error) : message.ok ? { ok: true, value: message.value } : { ok: false, problem: message.problem });
      }
      dispatch();
    });
    let lastError = '';
    worker.on('error', (error) => {
      lastError = error.message;
      log(`Informes: el hilo de trabajo falló: ${error.message}`);
    });
    worker.on('exit', (code) => {
      slots.delete(slot);
      const running = slot.running;
      slot.running = undefined;
      if (closed) {
        running?.settle(failed('server closing'));
        return;
      }
      if (!slot.ready) {
        if (!everReady) return fallBack(lastError || `exit code ${code}`);
        for (const waiting of queue.splice(0)) waiting.settle(failed(lastError || `exit code ${code}`));
        return;
      }
      running?.settle(failed(lastError || `exit code ${code}`));
      dispatch();
    });
    return slot;
  };

  const dispatch = () => {
    if (closed || inProcess) return;
    for (const slot of slots) {
      if (queue.length === 0) return;
      if (slot.ready && !slot.running) {
        const waiting = queue.shift()!;
        try {
          slot.worker.postMessage(waiting.job);
          slot.running = waiting;
        } catch (error) {
          // Something in the request that cannot cross to a thread: this report fails, the worker is fine.
          waiting.settle(failed(error instanceof Error ? error.message : String(error)));
        }
      }
    }
    // Only ready workers take reports: a worker starting up counts toward the size, so one crash loop
    // cannot start workers without bound.
    while (queue.length > 0 && slots.size < size && !inProcess) {
      if (!spawn()) return;
    }
  };

  const run = (request: ReportRequest): Promise<Result<unknown>> =>
    new Promise((settle) => {
      if (closed) return settle(failed('server closing'));
      const waiting: Waiting = { job: { ...request, id: nextId++ }, settle };
      if (inProcess) return void runInProcess(waiting);
      queue.push(waiting);
      dispatch();
    });

  // The live settings expose catalogues as getters: copied to plain data to cross postMessage.
  return {
    period: (period, catalogues, now) => run({ kind: 'period', period, catalogues: { ...catalogues }, now: now.toISOString() }) as Promise<Result<PeriodData>>,
    event: (eventId, audience, catalogues, settingsHistory, now) =>
      run({ kind: 'event', eventId, audience, catalogues: { ...catalogues }, settingsHistory, now: now.toISOString() }) as Promise<Result<EventReport | undefined>>,
    close: async () => {
      closed = true;
      for (const waiting of queue.splice(0)) waiting.settle(failed('server closing'));
      await Promise.all([...slots].map((slot) => slot.worker.terminate()));
    },
  };
}
