import { randomBytes } from 'node:crypto';
import { uuidV7 } from '../../../src/core/ids/uuidv7';
import { anonymousRecord, checkInRecord, createEvent, pushAccepted } from '../events/fixtures';
import { escuchadero, escuchaderoAnswers, evaluation, evaluationAnswers, submission } from '../forms/fixtures';
import { authedFetch } from '../support/authed-fetch';

/** Shared by the reports and exports tests (not a test file itself). */

export { anonymousRecord, checkInRecord, createEvent, pushAccepted };

export interface Person {
  firstNames: string;
  surnames: string;
  document: string;
  territory: string;
  /** Optional answers of the full record; sensitive ones get consent.sensitiveData. */
  extra?: Record<string, unknown>;
}

const SENSITIVE = ['genderIdentity', 'sexualOrientation', 'ethnicity', 'disabilities', 'differentialGroups', 'organisation'];

/** A consented 'attendance.entry' v2 check-in of a person. */
export function personCheckIn(eventId: string, person: Person, checkedInAt: string, deviceId = 'puerta-1') {
  const sensitive = Object.keys(person.extra ?? {}).some((k) => SENSITIVE.includes(k));
  return checkInRecord(eventId, deviceId, checkedInAt, {
    firstNames: person.firstNames,
    surnames: person.surnames,
    document: { type: 'CC', number: person.document },
    territory: person.territory,
    consent: { accepted: true, textVersion: '2026-1', ...(sensitive ? { sensitiveData: true } : {}) },
    ...person.extra,
  });
}

/** A version 1 entry: free-text full name (v1 did not restrict it to letters), document and comuna only. */
export function v1Entry(eventId: string, fullName: string, documentNumber: string, createdAt: string, deviceId = 'puerta-vieja') {
  return {
    id: uuidV7(Date.now(), randomBytes(10)),
    kind: 'attendance.entry',
    schemaVersion: 1,
    deviceId,
    createdAt,
    payload: { eventId, fullName, document: { type: 'CC', number: documentNumber }, territory: '03', consent: { accepted: true, textVersion: '2026-1' } },
  };
}

export const evaluationAt = (eventId: string, rating: number) => evaluation(evaluationAnswers({ calificacion: rating }), { eventId });

export const escuchaderoAt = (eventId: string, answers: Record<string, unknown>, createdAt: string) =>
  escuchadero(escuchaderoAnswers(answers), { eventId }, { createdAt });

export const prioritisationAt = (eventId: string, topics: string[]) =>
  submission({ formId: 'priorizacion-temas', formVersion: 1, eventId, answers: { temas: topics } });

export async function getJson<T>(url: string): Promise<{ status: number; body: T; headers: Headers }> {
  const response = await authedFetch(url);
  return { status: response.status, body: (await response.json()) as T, headers: response.headers };
}

export async function getBytes(url: string): Promise<{ status: number; bytes: Uint8Array; headers: Headers }> {
  const response = await authedFetch(url);
  return { status: response.status, bytes: new Uint8Array(await response.arrayBuffer()), headers: response.headers };
}

/** Accented names and documents seeded in the exports tests, to search for in files that must not hold them. */
export const PEOPLE: Person[] = [
  { firstNames: 'José Ñúñez', surnames: 'Peña Ríos', document: '71234567', territory: '03' },
  { firstNames: 'María Fernanda', surnames: 'Gómez Álvarez', document: '43987654', territory: '03' },
  { firstNames: 'Luis Ángel', surnames: 'Mosquera Córdoba', document: '1020304050', territory: '08' },
];
