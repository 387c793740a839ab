import type { CabildoDatabase } from './database';
import { FORMS_META_KEYS, type KioskLock } from './forms-tables';

const isLock = (value: unknown): value is KioskLock => {
  const v = value as Partial<KioskLock> | undefined;
  return typeof v?.path === 'string' && typeof v.salt === 'string' && typeof v.hash === 'string' && typeof v.iterations === 'number';
};

export async function readKioskLock(db: CabildoDatabase): Promise<KioskLock | undefined> {
  const value = (await db.meta.get(FORMS_META_KEYS.kioskLock))?.value;
  return isLock(value) ? value : undefined;
}

export const writeKioskLock = (db: CabildoDatabase, lock: KioskLock): Promise<string> =>
  db.meta.put({ key: FORMS_META_KEYS.kioskLock, value: lock });

export const clearKioskLock = (db: CabildoDatabase): Promise<void> => db.meta.delete(FORMS_META_KEYS.kioskLock);
