import { createSignal, onCleanup } from 'solid-js';
import type { PublicEvent } from '../../../core/events';
import { observePulledEvent } from '../../storage/door-queries';
import { dataServices } from '../services';
import { api } from './api';

export const fetchPublicEvent = (id: string) => api<{ event: PublicEvent }>('GET', `/api/v1/public/events/${encodeURIComponent(id)}`);

/**
 * An event's name, date and place for pages anyone may open (registration, passes, results): the public
 * read when online, the copy pulled to this device otherwise (a door phone offline). undefined until one
 * of them answers; null when neither knows the event.
 */
export function usePublicEvent(id: () => string) {
  const [server, setServer] = createSignal<PublicEvent | null>();
  const [device, setDevice] = createSignal<PublicEvent | null>();
  void fetchPublicEvent(id()).then((answer) => setServer(answer.ok ? answer.value.event : null));
  let stop: (() => void) | undefined;
  let disposed = false;
  void dataServices()
    .then((services) => {
      if (!disposed) stop = observePulledEvent(services.db, id(), (event) => setDevice(event ?? null));
    })
    .catch(() => setDevice(null));
  onCleanup(() => {
    disposed = true;
    stop?.();
  });
  return (): PublicEvent | null | undefined => {
    const online = server();
    if (online) return online;
    const local = device();
    if (local) return local;
    return online === null && local === null ? null : undefined;
  };
}
