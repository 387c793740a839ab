import { liveQuery } from 'dexie';
import type { Result } from '../../../core/result';
import { readCredential, readSyncBlock, type StoredCredential } from '../../storage/device-credential';
import { enrollWithToken } from '../../sync/device-enrollment';
import type { DataServices } from '../data-services';
import { dataServices } from '../services';

import { enrolledDevice, setEnrolledDevice as setCredential, setSyncBlock, syncBlock } from './access-signals';

export { enrolledDevice, syncBlock };

let watching = false;

/** Follows the credential and the refusal in IndexedDB: the banner appears and goes without a reload. */
export function watchDeviceAccess(services: DataServices): void {
  if (watching) return;
  watching = true;
  liveQuery(() => Promise.all([readCredential(services.db), readSyncBlock(services.db)])).subscribe({
    next: ([stored, block]) => {
      setCredential(stored);
      setSyncBlock(block);
    },
    error: () => undefined,
  });
}

/** Enrolls this device with a token (from the link or the scanned QR); then the queue is sent at once. */
export async function enrollThisDevice(token: string): Promise<Result<StoredCredential>> {
  const services = await dataServices();
  const result = await enrollWithToken({ db: services.db, fetch: (input, init) => fetch(input, init), deviceId: services.deviceId }, token);
  if (result.ok) {
    setCredential(result.value);
    setSyncBlock(undefined);
    void services.runner.syncNow(); // its end triggers a pull of this device's events too
  }
  return result;
}
