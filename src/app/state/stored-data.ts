import { DEFAULT_DATABASE_NAME } from '../storage/database-name';

/**
 * Whether this browser already holds the app's database, asked without opening it: a citizen's phone that
 * never saved anything has nothing to show or deliver, so its first paint loads no storage code at all.
 * When the browser cannot say (no indexedDB.databases), the answer is "yes": never miss what is stored.
 */
export async function storedDataExists(name: string = DEFAULT_DATABASE_NAME): Promise<boolean> {
  if (typeof indexedDB === 'undefined' || typeof indexedDB.databases !== 'function') return true;
  try {
    return (await indexedDB.databases()).some((database) => database.name === name);
  } catch {
    return true;
  }
}

/** Runs `task` once the browser is idle (after the first paint), or soon where idle callbacks are missing. */
export function whenIdle(task: () => void): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(task, { timeout: 2_000 });
  else setTimeout(task, 200);
}
