// Entry point of an export worker thread (node:worker_threads), started by export-workers.ts: bundled as
// dist-server/export-worker.js by scripts/build-server.mjs, run from source through tsx. It reads the listado
// on its own connection, judges and encodes its rows here, and posts the bytes to the main thread, whose event
// loop then only hands them to the client.
import { parentPort, workerData } from 'node:worker_threads';
import { openExportStores, type DatabaseTarget } from '../store/readers/open-reader-stores';
import { EXPORT_WINDOW, type ExportOrder, type ExportReport } from './export-workers';
import { yieldToServerThread } from './background-priority';
import { writeListado, type ListadoExport } from './listado-export';
import { WORKER_READY } from './worker-pool';

const port = parentPort;
if (!port) throw new Error('export-worker.ts runs only as a worker thread');

/**
 * Bytes posted at a time: a 100,000-row XLSX crosses in some 150 messages instead of 600 deflate outputs, and a
 * chunk stays well below what the main thread writes to a socket in one go.
 */
const CHUNK_BYTES = 64 * 1024;

const logError = (error: unknown) => console.error('Cabildo, hilo de exportaciones:', error);

yieldToServerThread(logError);
const stores = await openExportStores((workerData as { database: DatabaseTarget }).database, logError);

interface Current {
  id: number;
  stop: AbortController;
  credit: () => void;
}
let current: Current | undefined;

const post = (report: ExportReport, transfer: ArrayBuffer[] = []) => port.postMessage(report, transfer);

port.on('message', (order: ExportOrder) => {
  if (order.kind === 'start') return void write(order.id, order.job);
  if (current?.id !== order.id) return;
  if (order.kind === 'credit') current.credit();
  else current.stop.abort(new Error('stopped'));
});
// Ready once the database answers: a worker that cannot reach it ends here, before taking any export.
await stores.ping();
port.postMessage(WORKER_READY);

async function write(id: number, job: ListadoExport): Promise<void> {
  const stop = new AbortController();
  let credits = EXPORT_WINDOW;
  let wake: (() => void) | undefined;
  const awake = () => {
    wake?.();
    wake = undefined;
  };
  stop.signal.addEventListener('abort', awake, { once: true });
  current = { id, stop, credit: () => (credits++, awake()) };

  // Pieces gathered until CHUNK_BYTES, then copied into one buffer of their own: the deflater's outputs are
  // slices of larger buffers, which must not be transferred (and emptied) under it.
  let pieces: Uint8Array[] = [];
  let gathered = 0;
  const flush = async () => {
    if (gathered === 0) return;
    const bytes = new Uint8Array(gathered);
    let at = 0;
    for (const piece of pieces) {
      bytes.set(piece, at);
      at += piece.length;
    }
    pieces = [];
    gathered = 0;
    // Backpressure: no more than EXPORT_WINDOW chunks wait on the main thread for a slow client.
    while (credits === 0 && !stop.signal.aborted) await new Promise<void>((resolve) => (wake = resolve));
    stop.signal.throwIfAborted();
    credits--;
    post({ kind: 'chunk', id, bytes: bytes.buffer }, [bytes.buffer]);
  };
  const sink = async (chunk: Uint8Array) => {
    stop.signal.throwIfAborted();
    pieces.push(chunk);
    gathered += chunk.length;
    if (gathered >= CHUNK_BYTES) await flush();
  };

  try {
    const written = await writeListado(stores.reports, job, sink, stop.signal);
    if (written.ok) await flush();
    post(written.ok ? { kind: 'done', id } : { kind: 'refused', id, problem: written.problem });
  } catch (error) {
    if (!stop.signal.aborted) logError(error);
    post({ kind: 'failed', id, error: error instanceof Error ? error.message : String(error), stopped: stop.signal.aborted });
  } finally {
    current = undefined;
  }
}
