import { createEffect, createRoot, createSignal } from 'solid-js';
import { useRegisterSW } from 'virtual:pwa-register/solid';
import { hasUnsavedFormInput } from './forms/unsaved-input';

const HOURLY = 60 * 60 * 1000;

const [needRefresh, setNeedRefresh] = createSignal(false);
let apply: ((reload?: boolean) => Promise<void>) | undefined;

/** A new service worker is installed and waiting for the person to accept it. */
export const updateAvailable = needRefresh;
/** Never reload over unsaved input: the person must save or clear the form first. */
export const updateBlocked = (): boolean => hasUnsavedFormInput();

/**
 * Registers the service worker in "prompt" mode: the new version waits (no skipWaiting on
 * install) until applyUpdate(), which the button calls only when the form is clean.
 */
export function startServiceWorker(): void {
  if (!('serviceWorker' in navigator)) return;
  const registered = useRegisterSW({
    immediate: true,
    onRegisteredSW(_url, registration) {
      if (!registration) return;
      setInterval(() => {
        if (navigator.onLine) void registration.update().catch(() => undefined);
      }, HOURLY);
    },
    onNeedRefresh: () => setNeedRefresh(true),
    // Another tab accepted the update and the new worker took over: wait for a clean form.
    onNeedReload: reloadWhenClean,
  });
  apply = registered.updateServiceWorker;
}

export async function applyUpdate(): Promise<void> {
  if (updateBlocked() || !apply) return;
  // workbox-window only reloads by itself if the page was already controlled when it loaded;
  // on a first visit (claimed later) it would not, and the page would go on running old code.
  navigator.serviceWorker.addEventListener('controllerchange', reloadWhenClean, { once: true });
  await apply(true);
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
