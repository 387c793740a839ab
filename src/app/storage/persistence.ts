/**
 * Persistent storage keeps the browser from evicting queued records under storage pressure
 * (Safari may otherwise clear a site's data after 7 days without a visit).
 * Every call is optional: old browsers lack navigator.storage, and none of this may throw.
 */
export interface StorageDescription {
  persisted: boolean | undefined;
  usage?: number;
  quota?: number;
}

type StorageNavigator = Pick<Navigator, 'storage'> | undefined;

const defaultNavigator = (): StorageNavigator => (globalThis as { navigator?: Navigator }).navigator;

async function attempt<T>(run: (() => Promise<T>) | undefined): Promise<T | undefined> {
  if (run === undefined) return undefined;
  try {
    return await run();
  } catch {
    return undefined;
  }
}

export async function describeStorage(nav: StorageNavigator = defaultNavigator()): Promise<StorageDescription> {
  const storage = nav?.storage;
  const persisted = await attempt(storage?.persisted ? () => storage.persisted() : undefined);
  const estimate = await attempt(storage?.estimate ? () => storage.estimate() : undefined);
  return {
    persisted,
    ...(estimate?.usage !== undefined ? { usage: estimate.usage } : {}),
    ...(estimate?.quota !== undefined ? { quota: estimate.quota } : {}),
  };
}

/** Asks for persistent storage; `undefined` where the browser cannot say. */
export async function requestPersistentStorage(nav: StorageNavigator = defaultNavigator()): Promise<boolean | undefined> {
  const storage = nav?.storage;
  return attempt(storage?.persist ? () => storage.persist() : undefined);
}
