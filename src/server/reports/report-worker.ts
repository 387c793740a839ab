// Entry point of a report worker thread (node:worker_threads), started by report-worker-pool.ts: bundled as
// dist-server/report-worker.js by scripts/build-server.mjs, run from source through tsx. It reads a report's
// records on its own connection and aggregates them here, so the server's event loop keeps answering.
import { parentPort, workerData } from 'node:worker_threads';
import { colombianHolidayCalendar } from '../../core/time';
import { yieldToServerThread } from './background-priority';
import { openReaderStores, type DatabaseTarget } from '../store/readers/open-reader-stores';
import { computeReport, type ReportAnswer, type ReportJob } from './report-job';
import { WORKER_READY } from './worker-pool';

const port = parentPort;
if (!port) throw new Error('report-worker.ts runs only as a worker thread');

const logError = (error: unknown) => console.error('Cabildo, hilo de informes:', error);
yieldToServerThread(logError);
const stores = openReaderStores((workerData as { database: DatabaseTarget }).database, logError);
const holidays = colombianHolidayCalendar();

port.on('message', (job: ReportJob) => {
  void answer(job).then((reply) => port.postMessage(reply));
});
// Ready once the database answers: a worker that cannot reach it ends here, before taking any report.
await stores.ping();
port.postMessage(WORKER_READY);

async function answer(job: ReportJob): Promise<ReportAnswer> {
  try {
    // The event report names form questions: the server may have saved form versions since the last job.
    if (job.kind === 'event') await stores.forms.reload();
    const result = await computeReport(stores, holidays, job);
    return result.ok ? { id: job.id, ok: true, value: result.value } : { id: job.id, ok: false, problem: result.problem };
  } catch (error) {
    logError(error);
    return { id: job.id, error: error instanceof Error ? error.message : String(error) };
  }
}
