import { readLocal, writeLocal } from '../local-value';

/**
 * "This device is a kiosk": the kiosk's path (never the PIN) in localStorage, so the check at start is
 * synchronous and tiny (it runs in the first bundle). The PIN's hash is in IndexedDB (kiosk-lock.ts).
 */
const KIOSK_FLAG = 'cabildo.kiosk';

export function lockedKioskPath(): string | undefined {
  return readLocal(KIOSK_FLAG);
}

/** Blocked storage keeps nothing: the lock in IndexedDB still asks for the PIN on the kiosk screen. */
export function setKioskFlag(path: string | undefined): void {
  writeLocal(KIOSK_FLAG, path);
}
