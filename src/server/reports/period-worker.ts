// Entry point of a report worker thread (node:worker_threads), started by period-worker-pool.ts: bundled as
// dist-server/period-worker.js by scripts/build-server.mjs, run from source under tsx. It reads the period's
// records on its own connection and aggregates them here, so the server's event loop keeps answering.
import { parentPort, workerData } from 'node:worker_threads';
import { colombianHolidayCalendar } from '../../core/time';
import { openReaderStores, type DatabaseTarget } from '../store/readers/open-reader-stores';
import { loadPeriod } from './period-inputs';
import type { PeriodAnswer, PeriodJob } from './period-job';

const port = parentPort;
if (!port) throw new Error('period-worker.ts runs only as a worker thread');

const logError = (error: unknown) => console.error('Cabildo, hilo de informes:', error);
const stores = openReaderStores((workerData as { database: DatabaseTarget }).database, logError);
const holidays = colombianHolidayCalendar();

port.on('message', (job: PeriodJob) => {
  void answer(job).then((reply) => port.postMessage(reply));
});
// Ready once the database answers: a worker that cannot reach it ends here, before taking any report.
await stores.ping();
port.postMessage({ ready: true });

async function answer(job: PeriodJob): Promise<PeriodAnswer> {
  try {
    const now = new Date(job.now);
    const data = await loadPeriod(
      { events: stores.events, reports: stores.reports, forms: stores.forms, commitments: stores.commitments, catalogues: job.catalogues, holidays, now: () => now },
      job.period,
    );
    return data.ok ? { id: job.id, ok: true, value: data.value } : { id: job.id, ok: false, problem: data.problem };
  } catch (error) {
    logError(error);
    return { id: job.id, error: error instanceof Error ? error.message : String(error) };
  }
}
