/// <reference lib="webworker" />
import { clientsClaim } from 'workbox-core';
import { cleanupOutdatedCaches, createHandlerBoundToURL, precacheAndRoute } from 'workbox-precaching';
import { NavigationRoute, registerRoute } from 'workbox-routing';
import { NetworkFirst } from 'workbox-strategies';
import { openDatabase } from './storage/database';
import { loadDeviceContext } from './device/device-context';
import { createOutboxRunner } from './sync/runner';
import { BACKGROUND_SYNC_TAG } from './sync/background-sync';
import { SYNC_ENDPOINT } from './pwa/build-info';
import { PUBLIC_READS } from '../core/forms/public-reads';

declare const self: ServiceWorkerGlobalScope & { __WB_MANIFEST: Array<string | { url: string; revision: string | null }> };

/** Background Sync's event (not in TypeScript's lib yet). */
interface SyncEvent extends ExtendableEvent {
  readonly tag: string;
}

// The app shell: every built file, versioned by the manifest Workbox injects at build time.
precacheAndRoute(self.__WB_MANIFEST);
cleanupOutdatedCaches();

// The public accountability pages (/rendicion…) are HTML made by the server, not the app: fresh when online,
// the last copy offline (public/rendicion-offline.js stores the first visit under the same cache name). A page
// never visited falls back to /rendicion. Registered first, so the app shell below never answers them.
const RENDICION_PAGES = /^\/rendicion(\/|$)/;
const RENDICION_CACHE = 'rendicion-pages';
const rendicionPages = new NetworkFirst({ cacheName: RENDICION_CACHE, networkTimeoutSeconds: 5 });
registerRoute(
  ({ request, url }) => request.mode === 'navigate' && RENDICION_PAGES.test(url.pathname),
  async (options) => {
    try {
      return await rendicionPages.handle(options);
    } catch {
      return (await caches.match('/rendicion', { cacheName: RENDICION_CACHE })) ?? Response.error();
    }
  },
);

// A citizen's form reads the link's key, the form versions and the settings with plain fetch (no storage code at
// first paint): fresh when the network answers within 3 s (before the page's own 4 s wait ends, in
// state/forms/server-reads.ts), this worker's last copy otherwise, so a poster link opened once opens again
// with no signal. Copied at install too: the first visit's own reads happen before this worker controls the page.
const PUBLIC_READS_CACHE = 'public-reads';
registerRoute(
  ({ request, url }) => request.method === 'GET' && url.origin === self.location.origin && PUBLIC_READS.includes(url.pathname),
  new NetworkFirst({ cacheName: PUBLIC_READS_CACHE, networkTimeoutSeconds: 3 }),
);
self.addEventListener('install', (event) => {
  event.waitUntil(
    caches.open(PUBLIC_READS_CACHE).then((cache) => Promise.all(PUBLIC_READS.map((path) => cache.add(path).catch(() => undefined)))),
  );
});

// Deep links (/acerca, /atencion) open offline from the precached index.html. Never the API:
// a sync request must reach the server or fail, not get an HTML page back.
registerRoute(new NavigationRoute(createHandlerBoundToURL('index.html'), { denylist: [/^\/api\//, RENDICION_PAGES] }));

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
