import { anonymousRecord, escuchaderoAt, evaluationAt, personCheckIn, prioritisationAt, type Person } from '../../server/reports/fixtures';
import { eventDraft, newEventId } from '../../server/events/fixtures';
import type { StaffAccess } from './sign-in';

/**
 * One seeded event for the reports e2e, sent over the real API like the devices and the planning office
 * would: 12 people with consent (two comunas), 2 anonymous counts, one person admitted twice offline,
 * 3 evaluations, 2 prioritisations and 3 escuchadero messages (one answered, one that looks like markup).
 */
export const HOSTILE_MESSAGE = '<img src=x onerror="document.title=1">¿Y el <b>parque</b>?';
export const ANSWER = 'La obra del parque termina en marzo; el contrato está publicado en el SECOP.';
export const ADMITTED = 14;
export const EVENT_NAME = 'Audiencia pública de rendición de cuentas — comuna 3';

const at = (minutes: number) => {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `2026-11-21T${pad(9 + Math.floor(minutes / 60))}:${pad(minutes % 60)}:00-05:00`;
};

const people = (): Person[] =>
  Array.from({ length: 12 }, (_, i) => ({
    firstNames: ['María', 'José', 'Ana', 'Luis', 'Rocío', 'Andrés'][i % 6]!,
    surnames: `${['Peña', 'Gómez', 'Ríos', 'Mosquera', 'Álvarez', 'Córdoba'][i % 6]!} ${i < 6 ? 'López' : 'Díaz'}`,
    document: String(40_000_000 + i),
    territory: i < 8 ? '03' : '08',
    // Two people of an ethnic group: a cell under 5 the report must show as "Reservado".
    extra: { sexAtBirth: i % 2 === 0 ? 'mujer' : 'hombre', lifeStage: i < 6 ? 'adultez' : 'juventud', ...(i < 2 ? { ethnicity: 'indigena' } : {}) },
  }));

async function send(url: string, access: StaffAccess, method: string, path: string, body: unknown): Promise<unknown> {
  const response = await fetch(`${url}${path}`, { method, headers: access.headers(), body: JSON.stringify(body) });
  const text = await response.text();
  if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${text}`);
  return JSON.parse(text) as unknown;
}

async function push(url: string, access: StaffAccess, records: { id: string }[]): Promise<void> {
  const body = (await send(url, access, 'POST', '/api/v1/sync', { deviceId: 'e2e-informes', records })) as { results: { status: string }[] };
  const refused = body.results.filter((r) => r.status !== 'accepted');
  if (refused.length > 0) throw new Error(`sync: ${JSON.stringify(refused)}`);
}

/** A second event of the same year in another comuna, so the dashboard has comunas to compare. */
export async function seedOtherEvent(url: string, access: StaffAccess): Promise<{ eventId: string }> {
  const eventId = newEventId('otro');
  await send(url, access, 'POST', '/api/v1/events', {
    id: eventId,
    ...eventDraft({ name: 'Atril territorial de Villa Hermosa', territory: '08', startsAt: '2026-03-14T09:00:00-05:00', endsAt: '2026-03-14T12:00:00-05:00', status: 'closed' }),
  });
  await push(url, access, [anonymousRecord(eventId, 'puerta-9', '2026-03-14T09:30:00-05:00'), evaluationAt(eventId, 3)]);
  return { eventId };
}

export async function seedReportEvent(url: string, access: StaffAccess): Promise<{ eventId: string; records: { id: string }[] }> {
  const eventId = newEventId('informe');
  await send(url, access, 'POST', '/api/v1/events', { id: eventId, ...eventDraft({ name: EVENT_NAME, status: 'closed' }) });
  const everyone = people();
  const hostile = escuchaderoAt(eventId, { mensaje: HOSTILE_MESSAGE, tema: '3.4' }, at(100));
  const answered = escuchaderoAt(eventId, { mensaje: '¿Cuándo terminan la obra del parque del barrio?', tema: '3.4' }, at(110));
  const records = [
    ...everyone.map((p, i) => personCheckIn(eventId, p, at(5 * i), i % 2 === 0 ? 'puerta-1' : 'puerta-2')),
    // María again, admitted by a third device that was offline: counted once, flagged as a duplicate.
    personCheckIn(eventId, everyone[0]!, at(70), 'puerta-3'),
    anonymousRecord(eventId, 'puerta-1', at(20)),
    anonymousRecord(eventId, 'puerta-2', at(35)),
    evaluationAt(eventId, 5),
    evaluationAt(eventId, 4),
    evaluationAt(eventId, 4),
    prioritisationAt(eventId, ['3.1.1', '3.1.2']),
    prioritisationAt(eventId, ['3.1.2']),
    hostile,
    answered,
    escuchaderoAt(eventId, { tipo: 'propuesta', mensaje: 'Propongo una ciclorruta entre Manrique y el centro.' }, at(120)),
  ];
  await push(url, access, records);
  await send(url, access, 'POST', `/api/v1/escuchadero/${answered.id}/assign`, { office: 'planeacion' });
  await send(url, access, 'POST', `/api/v1/escuchadero/${answered.id}/answer`, { text: ANSWER });
  return { eventId, records };
}
