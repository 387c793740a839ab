import { liveQuery } from 'dexie';
import { identityKey, resolveAttendance } from '../../core/attendance/duplicates';
import { interpreterDemand, type AccessibilityRequest, type InterpreterDemand } from '../../core/attendance/interpreter-demand';
import type { Catalogue } from '../../core/catalogues/catalogue';
import type { CabildoDatabase } from './database';
import { knownCheckInsOf } from './door-check-ins';
import type { MyPass, PulledEvent } from './door-tables';

export interface EventCounters {
  /** People admitted (a person admitted twice offline counts once), from this device and pulled check-ins. */
  checkedIn: number;
  /** Check-ins saved on this device, anonymous counts included. */
  byThisDevice: number;
  /** This device's check-ins not yet confirmed by the server. */
  pending: number;
  /** Who asked for an interpreter at this door (their registration requests come from the list). */
  requests: AccessibilityRequest[];
}

export interface EventList {
  /** Registered attendees on the pulled list. */
  registered: number;
  requests: AccessibilityRequest[];
}

type Unsubscribe = () => void;

function observe<T>(query: () => Promise<T>, cb: (value: T) => void): Unsubscribe {
  const subscription = liveQuery(query).subscribe({ next: cb, error: () => {} });
  return () => subscription.unsubscribe();
}

const needsOf = (payload: unknown): string[] | undefined => {
  const needs = (payload as { accessibilityNeeds?: unknown } | null)?.accessibilityNeeds;
  return Array.isArray(needs) ? needs.filter((n): n is string => typeof n === 'string') : undefined;
};

/**
 * Live counters of one event on this device (re-run on every write to the tables they read, any tab).
 * The attendee list is watched apart (observeEventList): it changes only with a pull, and re-reading
 * thousands of rows after every check-in would slow the door down.
 */
export function observeEventCounters(db: CabildoDatabase, eventId: string, cb: (c: EventCounters) => void): Unsubscribe {
  return observe(async () => {
    const [records, remote] = await Promise.all([
      db.records.where('eventId').equals(eventId).toArray(),
      db.remoteCheckIns.where('eventId').equals(eventId).toArray(),
    ]);
    const payloads = new Map(records.map((r) => [r.id, r.payload]));
    const all = knownCheckInsOf(records, remote);
    const local = all.filter((known) => known.local);
    return {
      checkedIn: resolveAttendance(all).attendances,
      byThisDevice: local.length,
      pending: records.filter((r) => r.syncState === 'pending').length,
      requests: local.map((known) => ({ personKey: identityKey(known), accessibilityNeeds: needsOf(payloads.get(known.id)) })),
    };
  }, cb);
}

export function observeEventList(db: CabildoDatabase, eventId: string, cb: (list: EventList) => void): Unsubscribe {
  return observe(async () => {
    const attendees = await db.attendees.where('eventId').equals(eventId).toArray();
    return {
      registered: attendees.length,
      requests: attendees.map((a) => ({ personKey: `attendee:${a.attendeeId}`, accessibilityNeeds: a.accessibilityNeeds })),
    };
  }, cb);
}

/**
 * Ley 982 per event, for the events list: every pulled list and this device's check-ins, grouped by event.
 * Only events that reached the threshold are kept (the list shows an alert for those).
 */
export function observeInterpreterAlerts(db: CabildoDatabase, needs: Catalogue, cb: (reached: Map<string, InterpreterDemand>) => void): Unsubscribe {
  return observe(async () => {
    const [attendees, records] = await Promise.all([db.attendees.toArray(), db.records.toArray()]);
    const byEvent = new Map<string, AccessibilityRequest[]>();
    const add = (eventId: string, request: AccessibilityRequest) => {
      const list = byEvent.get(eventId);
      if (list) list.push(request);
      else byEvent.set(eventId, [request]);
    };
    for (const a of attendees) add(a.eventId, { personKey: `attendee:${a.attendeeId}`, accessibilityNeeds: a.accessibilityNeeds });
    for (const known of knownCheckInsOf(records, [])) {
      add(known.eventId, { personKey: identityKey(known), accessibilityNeeds: needsOf(records.find((r) => r.id === known.id)?.payload) });
    }
    const reached = new Map<string, InterpreterDemand>();
    for (const [eventId, requests] of byEvent) {
      const demand = interpreterDemand(requests, needs);
      if (demand.reached) reached.set(eventId, demand);
    }
    return reached;
  }, cb);
}

/** Ley 982: registrations and door check-ins together, one person counted once. */
export const demandOf = (needs: Catalogue, ...requests: AccessibilityRequest[][]): InterpreterDemand => interpreterDemand(requests.flat(), needs);

export const observePulledEvents = (db: CabildoDatabase, cb: (events: PulledEvent[]) => void): Unsubscribe =>
  observe(() => db.events.toArray(), cb);

export const observePulledEvent = (db: CabildoDatabase, eventId: string, cb: (event: PulledEvent | undefined) => void): Unsubscribe =>
  observe(() => db.events.get(eventId), cb);

export const observeMyPasses = (db: CabildoDatabase, cb: (passes: MyPass[]) => void): Unsubscribe =>
  observe(() => db.myPasses.orderBy('attendeeId').reverse().toArray(), cb);

export const readMyPass = (db: CabildoDatabase, attendeeId: string): Promise<MyPass | undefined> => db.myPasses.get(attendeeId);

export const keepMyPass = (db: CabildoDatabase, pass: MyPass): Promise<string> => db.myPasses.put(pass);
