import { setPriority } from 'node:os';

/**
 * The nice value of a report or export thread alone (Linux keeps it per thread; pid 0 is the calling one): when
 * the cores are all busy, the server's own thread, answering health checks and device syncs, goes first, and the
 * heavy work takes what is left. On SQLite the reading is the worker's own work, so without it a busy machine gave
 * an export as much CPU as the server (heavy bench: sync p99 508 ms against 114 in process).
 */
const BACKGROUND_NICENESS = 10;

export function yieldToServerThread(logError: (error: unknown) => void): void {
  try {
    setPriority(0, BACKGROUND_NICENESS);
  } catch (error) {
    // A system that refuses: the work runs at the server's priority, as it did in process.
    logError(error);
  }
}
