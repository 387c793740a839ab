import { createSignal } from 'solid-js';
import { dataServices } from './services';

export interface StorageInfo {
  persisted?: boolean;
  usage?: number;
  quota?: number;
}

const [storageInfo, setStorageInfo] = createSignal<StorageInfo>();
const [persistResult, setPersistResult] = createSignal<boolean | undefined>();

export { storageInfo, persistResult };

export async function refreshStorageInfo(): Promise<void> {
  const services = await dataServices();
  setStorageInfo(await services.describeStorage());
}

/**
 * navigator.storage.persist(): without it the browser may evict queued records under storage
 * pressure (Safari after 7 days unused). Chromium answers from heuristics, without a prompt.
 */
export async function askPersistentStorage(): Promise<void> {
  const services = await dataServices();
  setPersistResult(await services.requestPersistentStorage());
  await refreshStorageInfo();
}
