import type Database from 'better-sqlite3';
import type { Kysely, Selectable } from 'kysely';
import type { StoreDatabase } from '../schema';
import type { DevicesTable } from '../auth-schema';
import type { AuthStore } from '../auth-store';
import { deviceOf } from '../kysely/kysely-auth-store';

/**
 * The auth statements every device push runs (credential lookup, rate-limit hit, last sync), prepared once.
 * Through Kysely each one was built, compiled and prepared again per request: about a tenth of a push's CPU.
 * Same SQL as kysely-auth-store.ts, written by Kysely from the same schema; nothing is cached between
 * requests, so a revoked device is refused on its very next request.
 */
export function sqliteAuthRequestStatements(
  database: Database.Database,
  db: Kysely<StoreDatabase>,
): Pick<AuthStore, 'deviceById' | 'hit' | 'touchDeviceSync'> {
  const prepare = (query: { compile(): { sql: string } }) => database.prepare(query.compile().sql);
  const device = prepare(db.selectFrom('devices').selectAll().where('device_id', '=', ''));
  const hit = prepare(
    db
      .insertInto('rate_limit_windows')
      .values({ bucket: '', window_start: '', hits: 1 })
      .onConflict((oc) => oc.columns(['bucket', 'window_start']).doUpdateSet((eb) => ({ hits: eb('rate_limit_windows.hits', '+', 1) })))
      .returning('hits'),
  ).pluck();
  const touch = prepare(db.updateTable('devices').set({ last_sync_at: '' }).where('device_id', '=', ''));

  return {
    deviceById: async (deviceId) => {
      const row = device.get(deviceId) as Selectable<DevicesTable> | undefined;
      return row && deviceOf(row);
    },
    hit: async (bucket, windowStart) => Number(hit.get(bucket, windowStart, 1, 1)),
    touchDeviceSync: async (deviceId, at) => {
      touch.run(at, deviceId);
    },
  };
}
