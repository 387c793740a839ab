import { createEffect, createSignal, on, onCleanup } from 'solid-js';
import { readLastPullAt, readPulledEvent } from '../../storage/door-reads';
import { dataServices } from '../services';
import { pullStatus } from './pull-status';

/** Whether this phone can work the door with no signal, item by item (the door screen shows each). */
export interface OfflineReadiness {
  /** A service worker controls the page: it activates only once the whole app shell is precached. */
  appCached: boolean;
  /** The event's document is on the phone. */
  eventPulled: boolean;
  /** When the lists were last downloaded (ISO), if ever. */
  listAt: string | undefined;
}

function controlled(): boolean {
  return typeof navigator !== 'undefined' && 'serviceWorker' in navigator && navigator.serviceWorker.controller !== null;
}

/**
 * Readiness of one event's door on this phone, re-read after every pull and when a service worker takes
 * control. The attendee count comes from the live list the door already watches.
 */
export function createOfflineReadiness(eventId: () => string) {
  const [appCached, setAppCached] = createSignal(controlled());
  if (typeof navigator !== 'undefined' && 'serviceWorker' in navigator) {
    const onChange = () => setAppCached(controlled());
    navigator.serviceWorker.addEventListener('controllerchange', onChange);
    void navigator.serviceWorker.ready.then(onChange, () => undefined);
    onCleanup(() => navigator.serviceWorker.removeEventListener('controllerchange', onChange));
  }
  // A signal, not a resource: a resource re-read under the app's Suspense would hide the whole door after
  // every pull, taking the camera's <video> out of the document (Chromium pauses it).
  const [stored, setStored] = createSignal<{ eventPulled: boolean; listAt: string | undefined }>();
  createEffect(
    on(
      () => [eventId(), pullStatus().lastSuccessAt] as const,
      ([id]) => {
        let current = true;
        onCleanup(() => (current = false));
        void dataServices()
          .then(({ db }) => Promise.all([readPulledEvent(db, id), readLastPullAt(db)]))
          .then(([event, listAt]) => current && setStored({ eventPulled: event !== undefined, listAt }));
      },
    ),
  );
  return (): OfflineReadiness => ({
    appCached: appCached(),
    eventPulled: stored()?.eventPulled ?? false,
    listAt: stored()?.listAt,
  });
}
