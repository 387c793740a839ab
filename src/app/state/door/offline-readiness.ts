import { createResource, createSignal, onCleanup } from 'solid-js';
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
  const [stored] = createResource(
    () => [eventId(), pullStatus().lastSuccessAt] as const,
    async ([id]) => {
      const { db } = await dataServices();
      const [event, listAt] = await Promise.all([readPulledEvent(db, id), readLastPullAt(db)]);
      return { eventPulled: event !== undefined, listAt };
    },
  );
  return (): OfflineReadiness => ({
    appCached: appCached(),
    eventPulled: stored()?.eventPulled ?? false,
    listAt: stored()?.listAt,
  });
}
