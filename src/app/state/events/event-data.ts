import { createMemo, createSignal, onCleanup } from 'solid-js';
import { mergeEvents, type EventDocument } from '../../../core/events';
import type { InterpreterDemand } from '../../../core/attendance/interpreter-demand';
import type { Problem } from '../../../core/problems/problem';
import { demandOf, observeEventCounters, observeInterpreterAlerts, observeEventList, observePulledEvent, observePulledEvents, type EventCounters, type EventList } from '../../storage/door-queries';
import { dataServices, services } from '../services';
import { fetchEvent, fetchEvents } from './events-api';

/** Events from the server when online; the copies pulled to this device otherwise (the door works offline). */
export interface Loaded<T> {
  value: T;
  source: 'server' | 'device';
  problem?: Problem;
}

/** Runs `subscribe` once the data layer is up; unsubscribes with the calling component. */
function whenServices(subscribe: (services: Awaited<ReturnType<typeof dataServices>>) => () => void): void {
  let stop: (() => void) | undefined;
  let disposed = false;
  void dataServices().then((services) => {
    if (!disposed) stop = subscribe(services);
  });
  onCleanup(() => {
    disposed = true;
    stop?.();
  });
}

export function useEventList() {
  const [device, setDevice] = createSignal<EventDocument[]>();
  const [server, setServer] = createSignal<{ events?: EventDocument[]; problem?: Problem }>();
  whenServices((services) => observePulledEvents(services.db, setDevice));
  void fetchEvents().then((answer) => setServer(answer.ok ? { events: answer.value.events } : { problem: answer.problem }));
  return createMemo((): Loaded<EventDocument[]> | undefined => {
    const online = server();
    if (online?.events) return { value: mergeEvents(device() ?? [], online.events), source: 'server' };
    const local = device();
    if (!online || !local) return undefined;
    return { value: mergeEvents([], local), source: 'device', ...(online.problem ? { problem: online.problem } : {}) };
  });
}

export function useEvent(id: () => string) {
  const [device, setDevice] = createSignal<EventDocument | undefined | null>(null);
  const [server, setServer] = createSignal<{ event?: EventDocument; problem?: Problem }>();
  whenServices((services) => observePulledEvent(services.db, id(), (event) => setDevice(event)));
  const reload = () => fetchEvent(id()).then((answer) => setServer(answer.ok ? { event: answer.value.event } : { problem: answer.problem }));
  void reload();
  const loaded = createMemo((): Loaded<EventDocument | undefined> | undefined => {
    const online = server();
    const local = device();
    // The newer revision wins: a pull may have brought an edit made after this page fetched.
    if (online?.event) return { value: local && local.revision > online.event.revision ? local : online.event, source: 'server' };
    if (!online || local === null) return undefined;
    return { value: local, source: 'device', ...(online.problem ? { problem: online.problem } : {}) };
  });
  return { loaded, reload };
}

export function useEventCounters(id: () => string) {
  const [counters, setCounters] = createSignal<EventCounters>();
  const [list, setList] = createSignal<EventList>();
  whenServices((services) => {
    const a = observeEventCounters(services.db, id(), setCounters);
    const b = observeEventList(services.db, id(), setList);
    return () => {
      a();
      b();
    };
  });
  const demand = createMemo(() => {
    const c = counters();
    const l = list();
    const needs = services()?.catalogues.accessibilityNeeds;
    return needs && c && l ? demandOf(needs, l.requests, c.requests) : undefined;
  });
  return { counters, list, demand };
}

/** Events of this device whose interpreter requests reached Ley 982's threshold, by event id. */
export function useInterpreterAlerts() {
  const [reached, setReached] = createSignal<Map<string, InterpreterDemand>>(new Map());
  whenServices((services) => observeInterpreterAlerts(services.db, services.catalogues.accessibilityNeeds, setReached));
  return reached;
}
