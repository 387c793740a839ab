import type { LockManagerLike } from '../../src/app/sync/locks';

/**
 * An in-memory Web Locks manager (exclusive locks, `ifAvailable`) for Node, where
 * navigator.locks does not exist. Share one instance between runners to play two tabs.
 */
export function createMemoryLocks(): LockManagerLike & { isHeld(name: string): boolean } {
  const held = new Set<string>();
  const waiting = new Map<string, Array<() => void>>();

  function release(name: string): void {
    const next = waiting.get(name)?.shift();
    if (next) next(); // handed over: the lock stays held
    else held.delete(name);
  }

  return {
    isHeld: (name) => held.has(name),
    async request<T>(name: string, options: { ifAvailable?: boolean }, callback: (lock: unknown) => T | Promise<T>): Promise<T> {
      if (held.has(name)) {
        if (options.ifAvailable) return callback(null);
        await new Promise<void>((resolve) => waiting.set(name, [...(waiting.get(name) ?? []), resolve]));
      }
      held.add(name);
      try {
        return await callback({ name, mode: 'exclusive' });
      } finally {
        release(name);
      }
    },
  };
}
