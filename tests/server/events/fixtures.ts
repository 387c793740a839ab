import { randomBytes } from 'node:crypto';
import { defaultCatalogues as catalogues } from '../../../src/core/catalogues';
import { uuidV7 } from '../../../src/core/ids/uuidv7';
import { authedFetch } from '../support/authed-fetch';

/** Shared by the events, passes and pull integration tests (not a test file itself). */

const programmes = catalogues.topics.entries.filter((e) => e.kind === 'programa').map((e) => e.code);

export const eventDraft = (over: Record<string, unknown> = {}) => ({
  name: 'Atril a la comuna 3 — rendición de cuentas 2026',
  type: 'atril_territorial',
  murcStage: 'ejecucion',
  responsibleOffice: 'planeacion',
  startsAt: '2026-11-21T09:00:00-05:00',
  endsAt: '2026-11-21T12:00:00-05:00',
  place: 'Coliseo de Manrique, Cra. 36 #71-20',
  territory: '03',
  modality: 'presencial',
  expectedAttendance: 150,
  topics: programmes.slice(0, 2),
  lscInterpreterBooked: false,
  status: 'open',
  ...over,
});

let counter = 0;
/** A fresh readable event id per call, so tests sharing a server never collide. */
export const newEventId = (label = 'evento') => `${label}-${process.pid}-${++counter}-${randomBytes(3).toString('hex')}`;

export const newId = (ms = Date.now()) => uuidV7(ms, randomBytes(10));

const json = (method: string, body: unknown): RequestInit => ({
  method,
  headers: { 'content-type': 'application/json' },
  body: typeof body === 'string' ? body : JSON.stringify(body),
});

export const postEvent = (url: string, body: unknown) => authedFetch(`${url}/api/v1/events`, json('POST', body));
export const putEvent = (url: string, id: string, body: unknown) => authedFetch(`${url}/api/v1/events/${id}`, json('PUT', body));
export const postRegistration = (url: string, eventId: string, body: unknown) =>
  authedFetch(`${url}/api/v1/events/${eventId}/registrations`, json('POST', body));

/** Creates an event and returns its document; fails the test on anything but 201. */
export async function createEvent(url: string, over: Record<string, unknown> = {}, id = newEventId()) {
  const response = await postEvent(url, { id, ...eventDraft(over) });
  if (response.status !== 201) throw new Error(`POST /events respondió ${response.status}: ${await response.text()}`);
  return ((await response.json()) as { event: { id: string; revision: number; status: string } }).event;
}

/** Edits an event from its current revision (read first). */
export async function editEvent(url: string, id: string, over: Record<string, unknown>) {
  const current = ((await (await authedFetch(`${url}/api/v1/events/${id}`)).json()) as { event: Record<string, unknown> }).event;
  const response = await putEvent(url, id, { revision: current.revision, event: { ...current, ...over } });
  if (response.status !== 200) throw new Error(`PUT /events respondió ${response.status}: ${await response.text()}`);
  return ((await response.json()) as { event: { revision: number } }).event;
}

export const registrationPayload = (eventId: string, over: Record<string, unknown> = {}) => ({
  eventId,
  registeredAt: '2026-11-10T19:30:00-05:00',
  fullName: 'Luis Ángel Mosquera',
  document: { type: 'CC', number: '1020304050' },
  territory: '08',
  accessibilityNeeds: ['interprete_lsc'],
  consent: { accepted: true, textVersion: '2026-1' },
  ...over,
});

const envelope = <P>(kind: string, schemaVersion: number, deviceId: string, payload: P, createdAt = '2026-11-21T10:00:00-05:00') => ({
  id: newId(),
  kind,
  schemaVersion,
  deviceId,
  createdAt,
  payload,
});

export const registrationRecord = (eventId: string, over: Record<string, unknown> = {}, deviceId = 'celular-ciudadano') =>
  envelope('attendance.registration', 1, deviceId, registrationPayload(eventId, over));

/** An 'attendance.entry' v2 check-in at the door. */
export const checkInRecord = (eventId: string, deviceId: string, checkedInAt: string, over: Record<string, unknown> = {}) =>
  envelope('attendance.entry', 2, deviceId, {
    eventId,
    method: 'cedula',
    checkedInAt,
    firstNames: 'Ana María',
    surnames: 'Peña Ríos',
    document: { type: 'CC', number: '43123456' },
    territory: '03',
    consent: { accepted: true, textVersion: '2026-1' },
    ...over,
  }, checkedInAt);

export const anonymousRecord = (eventId: string, deviceId: string, checkedInAt: string) =>
  envelope('attendance.anonymous', 1, deviceId, { eventId, method: 'manual', checkedInAt, territory: '03' }, checkedInAt);

/** Pushes records as one device (each record keeps its own deviceId) and asserts each was accepted. */
export async function pushAccepted(url: string, records: readonly { id: string }[]) {
  const response = await authedFetch(`${url}/api/v1/sync`, json('POST', { deviceId: 'test', records }));
  const body = (await response.json()) as { results: { id: string; status: string; problem?: unknown }[] };
  const notAccepted = body.results.filter((r) => r.status !== 'accepted');
  if (response.status !== 200 || notAccepted.length > 0) throw new Error(`sync: ${response.status} ${JSON.stringify(notAccepted)}`);
}
