import { fail, ok, type Result } from '../../core/result';
import { problem } from '../../core/problems/problem';
import type { CabildoDatabase } from './database';
import { errorName, isDatabaseClosed, isQuotaExceeded } from './storage-errors';

function storageProblem(error: unknown) {
  return isQuotaExceeded(error)
    ? problem('storage.quota_exceeded')
    : problem('storage.unavailable', { cause: errorName(error) });
}

/**
 * Runs a write transaction and turns storage failures into problems. A closed connection
 * (iOS after backgrounding, or an explicit close) is reopened and the write tried once more.
 * `write` must be one whole transaction, so a failure leaves nothing partial behind.
 */
export async function guardedWrite<T>(db: CabildoDatabase, write: () => Promise<T>): Promise<Result<T>> {
  try {
    return ok(await write());
  } catch (error) {
    if (!isDatabaseClosed(error)) return fail(storageProblem(error));
  }
  try {
    if (!db.isOpen()) await db.open();
    return ok(await write());
  } catch (error) {
    return fail(storageProblem(error));
  }
}
