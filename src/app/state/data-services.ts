import { defaultCatalogues } from '../../core/catalogues';
import { ATTENDANCE_ENTRY_KIND } from '../../core/attendance/attendance-entry';
import { openDatabase } from '../storage/database';
import { loadDeviceContext } from '../device/device-context';
import { saveRecord } from '../storage/save-record';
import { observeRecords, observeSyncCounts, retryRecord } from '../storage/queries';
import { describeStorage, requestPersistentStorage } from '../storage/persistence';
import { createOutboxRunner } from '../sync/runner';
import { installSyncTriggers } from '../sync/triggers';
import { MAX_BATCH_RECORDS } from '../../core/sync/protocol';
import { SYNC_ENDPOINT } from '../pwa/build-info';

/**
 * The data layer behind one facade. It is loaded with a dynamic import (see services.ts) so the
 * first paint does not wait for Dexie and zod; the service worker precaches this chunk, so it is
 * there offline too. Only state/ reaches it; routes and components never do.
 */
export async function startDataServices() {
  const db = openDatabase();
  const device = await loadDeviceContext(db);
  const runner = createOutboxRunner({
    db,
    endpoint: SYNC_ENDPOINT,
    fetch: (input, init) => fetch(input, init),
    deviceId: device.deviceId,
    // The protocol's largest batch: fewer round trips when a day's queue drains at once.
    batchSize: MAX_BATCH_RECORDS,
  });
  installSyncTriggers(runner, { window, document, navigator });

  return {
    /** For feature services in state/ (door, forms) that keep their own tables; never for routes. */
    db,
    device,
    catalogues: defaultCatalogues,
    deviceId: device.deviceId,
    runner,
    saveRecord: (input: Parameters<typeof saveRecord>[2]) => saveRecord(db, device, input),
    /** The one save path of an attendance entry (form and benchmark hook alike). */
    saveAttendance: (payload: unknown) =>
      saveRecord(db, device, { kind: ATTENDANCE_ENTRY_KIND, schemaVersion: 1, payload }),
    observeSyncCounts: (cb: Parameters<typeof observeSyncCounts>[1]) => observeSyncCounts(db, cb),
    observeRecords: (query: Parameters<typeof observeRecords>[1], cb: Parameters<typeof observeRecords>[2]) =>
      observeRecords(db, query, cb),
    retryRecord: (id: string) => retryRecord(db, id),
    describeStorage,
    requestPersistentStorage,
  };
}

export type DataServices = Awaited<ReturnType<typeof startDataServices>>;
