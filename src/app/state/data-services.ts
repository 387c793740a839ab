import { followingRegistry, type KindRegistry } from '../../core/records/kind-registry';
import { recordKinds } from '../../core/records/registry';
import { acceptedSettingsCatalogues, acceptedSettingsNotices, adoptSettings, catalogueVersion, followingCatalogues } from './settings/entity-settings';
import { readCachedSettings } from '../storage/settings-cache';
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
import { language } from './language';

/**
 * The data layer behind one facade. It is loaded with a dynamic import (see services.ts) so the
 * first paint does not wait for Dexie and zod; the service worker precaches this chunk, so it is
 * there offline too. Only state/ reaches it; routes and components never do.
 */
export async function startDataServices() {
  const db = openDatabase();
  // The entity's settings as last seen, before any screen reads a catalogue: a door offline lists its own territories.
  const cached = await readCachedSettings(db).catch(() => undefined);
  if (cached) adoptSettings(cached);
  const device = await loadDeviceContext(db, { registry: settingsRegistry() });
  const runner = createOutboxRunner({
    db,
    endpoint: SYNC_ENDPOINT,
    fetch: (input, init) => fetch(input, init),
    deviceId: device.deviceId,
    // The protocol's largest batch: fewer round trips when a day's queue drains at once.
    batchSize: MAX_BATCH_RECORDS,
    language,
  });
  installSyncTriggers(runner, { window, document, navigator });

  return {
    /** For feature services in state/ (door, forms) that keep their own tables; never for routes. */
    db,
    device,
    /** Follows the entity settings (territories, topics, offices): read it where it is used, never copy it. */
    catalogues: followingCatalogues(),
    deviceId: device.deviceId,
    runner,
    saveRecord: (input: Parameters<typeof saveRecord>[2]) => saveRecord(db, device, input, language()),
    /** The one save path of an attendance entry (form and benchmark hook alike). */
    saveAttendance: (payload: unknown) =>
      saveRecord(db, device, { kind: ATTENDANCE_ENTRY_KIND, schemaVersion: 1, payload }, language()),
    observeSyncCounts: (cb: Parameters<typeof observeSyncCounts>[1]) => observeSyncCounts(db, cb),
    observeRecords: (query: Parameters<typeof observeRecords>[1], cb: Parameters<typeof observeRecords>[2]) =>
      observeRecords(db, query, cb),
    retryRecord: (id: string) => retryRecord(db, id),
    describeStorage,
    requestPersistentStorage,
  };
}

export type DataServices = Awaited<ReturnType<typeof startDataServices>>;

/** The device checks a record with the settings' catalogues and notices, rebuilt when the settings change. */
function settingsRegistry(): KindRegistry {
  let built: { version: number; registry: KindRegistry } | undefined;
  return followingRegistry(() => {
    const version = catalogueVersion();
    if (built?.version !== version) built = { version, registry: recordKinds(acceptedSettingsCatalogues(), {}, acceptedSettingsNotices()) };
    return built.registry;
  });
}
