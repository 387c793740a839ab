import { defaultCatalogues } from '../../core/catalogues';
import { uuidV7 } from '../../core/ids/uuidv7';
import type { KindRegistry } from '../../core/records/kind-registry';
import { recordKinds } from '../../core/records/registry';
import type { CabildoDatabase } from '../storage/database';
import { isString, META_KEYS, readMeta } from '../storage/meta';

/** Everything the data layer takes from the outside world, passed in so tests can fix it. */
export interface DeviceContext {
  deviceId: string;
  now(): Date;
  randomBytes(n: number): Uint8Array;
  registry: KindRegistry;
}

export type DeviceDeps = Omit<DeviceContext, 'deviceId'>;

/**
 * The device id is created once, on first start, and kept in meta: every record this
 * browser profile ever makes carries it. Read-or-create is one transaction so two tabs
 * starting together agree on a single id.
 */
export async function loadDeviceContext(db: CabildoDatabase, deps: Partial<DeviceDeps> = {}): Promise<DeviceContext> {
  const context: DeviceDeps = {
    now: deps.now ?? (() => new Date()),
    randomBytes: deps.randomBytes ?? ((n) => crypto.getRandomValues(new Uint8Array(n))),
    registry: deps.registry ?? recordKinds(defaultCatalogues),
  };
  const deviceId = await db.transaction('rw', db.meta, async () => {
    const existing = await readMeta(db, META_KEYS.deviceId, isString);
    if (existing !== undefined) return existing;
    const created = uuidV7(context.now().getTime(), context.randomBytes(10));
    await db.meta.put({ key: META_KEYS.deviceId, value: created });
    return created;
  });
  return { ...context, deviceId };
}
