import type { CabildoDatabase } from './database';

/** Keys of the small key/value store. Values survive reloads; keep them few and named here. */
export const META_KEYS = {
  deviceId: 'deviceId',
  lastSyncSuccessAt: 'sync.lastSuccessAt',
  syncFailedAttempts: 'sync.failedAttempts',
} as const;

export async function readMeta<T>(db: CabildoDatabase, key: string, guard: (v: unknown) => v is T): Promise<T | undefined> {
  const entry = await db.meta.get(key);
  return entry !== undefined && guard(entry.value) ? entry.value : undefined;
}

export const isString = (v: unknown): v is string => typeof v === 'string';
export const isCount = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0;
