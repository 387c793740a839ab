import type { Catalogues } from '../../core/catalogues';
import type { SettingsVersion } from '../../core/settings/settings-version';
import type { Audience } from '../../core/indicators/publish-breakdown';
import { problem } from '../../core/problems/problem';
import { fail, ok, type Result } from '../../core/result';
import type { DatabaseTarget } from '../store/readers/open-reader-stores';
import type { EventReport } from './event-report';
import type { PeriodData } from './period-inputs';
import type { DatePeriod } from './period-query';
import type { ReportAnswer, ReportJob, ReportRequest } from './report-job';
import { workerPool } from './worker-pool';
import { databaseWorkers } from './worker-source';

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

const failed = (reason: string): Result<never> => fail(problem('report.worker_failed', { reason }));

/**
 * Report jobs on a worker pool (worker-pool.ts): one request, one answer. A report whose worker dies, or that
 * fails in it, answers report.worker_failed (503).
 */
export function reportWorkerPool(options: ReportWorkerPoolOptions): ReportWorkers {
  const pool = workerPool<ReportRequest, Result<unknown>, ReportAnswer>({
    name: 'Informes',
    fallbackNote: 'se calculan en el proceso principal',
    ...databaseWorkers('report-worker', options),
    inProcess: options.inProcess,
    start: (request, id, post) => {
      post({ ...request, id } satisfies ReportJob);
      return {
        receive: async (answer) => ('error' in answer ? failed(answer.error) : answer.ok ? ok(answer.value) : fail(answer.problem)),
        lost: (failure) => Promise.reject(failure),
      };
    },
  });
  const run = (request: ReportRequest) => pool.run(request).catch((error: unknown) => failed(error instanceof Error ? error.message : String(error)));

  // The live settings expose catalogues as getters: copied to plain data to cross postMessage.
  return {
    period: (period, catalogues, now) => run({ kind: 'period', period, catalogues: { ...catalogues }, now: now.toISOString() }) as Promise<Result<PeriodData>>,
    event: (eventId, audience, catalogues, settingsHistory, now) =>
      run({ kind: 'event', eventId, audience, catalogues: { ...catalogues }, settingsHistory, now: now.toISOString() }) as Promise<Result<EventReport | undefined>>,
    close: () => pool.close(),
  };
}
