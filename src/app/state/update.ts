import { createEffect, createRoot, createSignal } from 'solid-js';
import { hasUnsavedFormInput } from './forms/unsaved-input';

const HOURLY = 60 * 60 * 1000;
// The worker vite-plugin-pwa builds from src/app/sw.ts (injectManifest), at the root so it controls every page.
const WORKER_URL = '/sw.js';

const [needRefresh, setNeedRefresh] = createSignal(false);
let registered: ServiceWorkerRegistration | undefined;

/** A new service worker is installed and waiting for the person to accept it. */
export const updateAvailable = needRefresh;
/** Never reload over unsaved input: the person must save or clear the form first. */
export const updateBlocked = (): boolean => hasUnsavedFormInput();

/**
 * Registers the service worker in "prompt" mode: the new version waits (no skipWaiting on install) until
 * applyUpdate(), which the button calls only when the form is clean. The browser's own registration API, not
 * workbox-window: a citizen's first load carries no library for what these few events say.
 */
export function startServiceWorker(): void {
  if (!('serviceWorker' in navigator)) return;
  const workers = navigator.serviceWorker;
  // Controlled when it loaded: a later change of controller is a new version taking over (accepted here or in
  // another tab), never the first install claiming this page, which needs no reload.
  const controlledAtLoad = workers.controller !== null;
  workers.addEventListener('controllerchange', () => {
    if (controlledAtLoad || needRefresh()) reloadWhenClean();
  });
  workers.register(WORKER_URL, { scope: '/' }).then(
    (registration) => {
      registered = registration;
      // Installed while an older version controls the page: it waits for the person.
      const offer = () => workers.controller !== null && setNeedRefresh(true);
      if (registration.waiting) offer();
      registration.addEventListener('updatefound', () => {
        const installing = registration.installing;
        installing?.addEventListener('statechange', () => {
          if (installing.state === 'installed') offer();
        });
      });
      setInterval(() => {
        if (navigator.onLine) void registration.update().catch(() => undefined);
      }, HOURLY);
    },
    (error: unknown) => console.error('Cabildo: no se pudo registrar el service worker', error),
  );
}

export async function applyUpdate(): Promise<void> {
  const waiting = registered?.waiting;
  if (updateBlocked() || !waiting) return;
  // The reload follows the new worker's takeover (controllerchange above, or this one on a first visit, where
  // the page was claimed later and the listener above would not reload it).
  navigator.serviceWorker.addEventListener('controllerchange', reloadWhenClean, { once: true });
  waiting.postMessage({ type: 'SKIP_WAITING' });
}

let reloading = false;

function reloadWhenClean(): void {
  if (reloading) return;
  reloading = true;
  createRoot((dispose) => {
    createEffect(() => {
      if (updateBlocked()) return;
      dispose();
      window.location.reload();
    });
  });
}
