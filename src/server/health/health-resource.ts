import { Hono } from 'hono';
import type { SyncStore } from '../store/sync-store';

export interface HealthDeps {
  store: SyncStore;
  version: string;
  now: () => Date;
}

/** GET /api/v1/health: "ok" only if the database answers (a failure becomes the usual 500 problem). */
export function healthResource(deps: HealthDeps): Hono {
  const resource = new Hono();
  resource.get('/', async (c) => {
    await deps.store.ping();
    return c.json({ status: 'ok', version: deps.version, time: deps.now().toISOString() });
  });
  return resource;
}
