/// <reference lib="webworker" />
import { clientsClaim } from 'workbox-core';
import { cleanupOutdatedCaches, createHandlerBoundToURL, precacheAndRoute } from 'workbox-precaching';
import { NavigationRoute, registerRoute } from 'workbox-routing';
import { openDatabase } from './storage/database';
import { loadDeviceContext } from './device/device-context';
import { createOutboxRunner } from './sync/runner';
import { BACKGROUND_SYNC_TAG } from './sync/background-sync';
import { SYNC_ENDPOINT } from './pwa/build-info';

declare const self: ServiceWorkerGlobalScope & { __WB_MANIFEST: Array<string | { url: string; revision: string | null }> };

/** Background Sync's event (not in TypeScript's lib yet). */
interface SyncEvent extends ExtendableEvent {
  readonly tag: string;
}

// The app shell: every built file, versioned by the manifest Workbox injects at build time.
precacheAndRoute(self.__WB_MANIFEST);
cleanupOutdatedCaches();

// Deep links (/acerca, /atencion) open offline from the precached index.html. Never the API:
// a sync request must reach the server or fail, not get an HTML page back.
registerRoute(new NavigationRoute(createHandlerBoundToURL('index.html'), { denylist: [/^\/api\//] }));

// The first worker controls the page that installed it (no reload needed to work offline). A later
// worker only activates after the person accepts, so claiming then is what completes the update.
clientsClaim();

// Prompt flow: a new worker waits until the page says the person accepted the update.
self.addEventListener('message', (event) => {
  if ((event.data as { type?: unknown } | null)?.type === 'SKIP_WAITING') void self.skipWaiting();
});

// An extra wake-up when the network is back; the page's own triggers remain the main path.
self.addEventListener('sync', (event) => {
  const sync = event as SyncEvent;
  if (sync.tag === BACKGROUND_SYNC_TAG) sync.waitUntil(drainOutbox());
});

async function drainOutbox(): Promise<void> {
  const db = openDatabase();
  try {
    const device = await loadDeviceContext(db);
    const runner = createOutboxRunner({
      db,
      endpoint: SYNC_ENDPOINT,
      fetch: self.fetch.bind(self),
      deviceId: device.deviceId,
    });
    try {
      await runner.syncNow();
    } finally {
      runner.stop();
    }
  } finally {
    db.close();
  }
}
