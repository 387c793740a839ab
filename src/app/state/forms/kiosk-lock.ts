import { decodeBase64Url, encodeBase64Url } from '../../../core/passes/base64url';
import { clearKioskLock, readKioskLock, writeKioskLock } from '../../storage/kiosk-lock-store';
import { formsServices } from './forms-services';
import { setKioskFlag } from './kiosk-flag';

const ITERATIONS = 100_000;
export const PIN_PATTERN = /^\d{4,8}$/;

/** PBKDF2-SHA-256: the PIN is short, so the hash is slow on purpose; the PIN itself is stored nowhere. */
export async function hashPin(pin: string, salt: Uint8Array, iterations = ITERATIONS, subtle: SubtleCrypto = crypto.subtle): Promise<string> {
  const key = await subtle.importKey('raw', new TextEncoder().encode(pin), 'PBKDF2', false, ['deriveBits']);
  const bits = await subtle.deriveBits({ name: 'PBKDF2', hash: 'SHA-256', salt: new Uint8Array(salt), iterations }, key, 256);
  return encodeBase64Url(new Uint8Array(bits));
}

/** The kiosk path this device is locked to (the stored lock is the truth; the quick flag follows it). */
export async function kioskLockPath(): Promise<string | undefined> {
  const { db } = await formsServices();
  const path = (await readKioskLock(db))?.path;
  setKioskFlag(path);
  return path;
}

/** Staff set the exit PIN when turning this device into a kiosk for one form link. */
export async function lockKiosk(path: string, pin: string): Promise<void> {
  const { db } = await formsServices();
  const salt = crypto.getRandomValues(new Uint8Array(16));
  const hash = await hashPin(pin, salt);
  await writeKioskLock(db, { path, salt: encodeBase64Url(salt), hash, iterations: ITERATIONS, lockedAt: new Date().toISOString() });
  setKioskFlag(path);
}

/** Leaves kiosk mode if the PIN matches; false otherwise (nothing changes). */
export async function unlockKiosk(pin: string): Promise<boolean> {
  const { db } = await formsServices();
  const lock = await readKioskLock(db);
  if (!lock) {
    setKioskFlag(undefined);
    return true;
  }
  const salt = decodeBase64Url(lock.salt);
  if (!salt || (await hashPin(pin, salt, lock.iterations)) !== lock.hash) return false;
  await clearKioskLock(db);
  setKioskFlag(undefined);
  return true;
}
