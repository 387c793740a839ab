/**
 * "This device is a kiosk": the kiosk's path (never the PIN) in localStorage, so the check at start is
 * synchronous and tiny (it runs in the first bundle). The PIN's hash is in IndexedDB (kiosk-lock.ts).
 */
const KIOSK_FLAG = 'cabildo.kiosk';

export function lockedKioskPath(): string | undefined {
  try {
    return localStorage.getItem(KIOSK_FLAG) ?? undefined;
  } catch {
    return undefined;
  }
}

export function setKioskFlag(path: string | undefined): void {
  try {
    if (path === undefined) localStorage.removeItem(KIOSK_FLAG);
    else localStorage.setItem(KIOSK_FLAG, path);
  } catch {
    // Storage blocked: the lock in IndexedDB still asks for the PIN on the kiosk screen.
  }
}
