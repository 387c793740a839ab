import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isSuppressed, type PublishedCount } from '../../../src/core/indicators/publish-breakdown';
import type { EventReport } from '../../../src/server/reports/event-report';
import { countRows } from '../support/sqlite-file';
import { startAuthedServer, type AuthedServer } from '../support/authed-server';
import { createStaff } from '../../support/auth-bootstrap';
import { call, submission } from '../forms/fixtures';
import {
  anonymousRecord,
  createEvent,
  escuchaderoAt,
  evaluationAt,
  getJson,
  personCheckIn,
  prioritisationAt,
  pushAccepted,
  v1Entry,
  type Person,
} from './fixtures';

// The escuchadero entries are sent on Friday 2026-11-20; their 15 working days end on 2026-12-14.
const clock = new Date('2026-12-20T15:00:00Z');
let server: AuthedServer;
let eventId: string;
/** As consulta sees it (public audience). */
let report: EventReport;
/** As the planning office sees it (administrador). */
let officeReport: EventReport;
let duplicateId: string;
const urnaId = `urna-informe-${process.pid}`;

/** 09:00 Bogotá plus some minutes, written with the device's offset. */
const at = (minutes: number) => {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `2026-11-21T${pad(9 + Math.floor(minutes / 60))}:${pad(minutes % 60)}:00-05:00`;
};

function people(): Person[] {
  const list: Person[] = [];
  const ethnicity = ['indigena', 'indigena', 'ninguno', 'ninguno', 'ninguno', 'ninguno', 'ninguno', 'ninguno', undefined, undefined];
  for (let i = 0; i < 10; i++) {
    const extra: Record<string, unknown> = { sexAtBirth: i < 6 ? 'mujer' : 'hombre' };
    if (ethnicity[i]) extra.ethnicity = ethnicity[i];
    list.push({ firstNames: 'Persona', surnames: `Comuna Tres ${'abcdefghij'[i]}`, document: String(30_000_000 + i), territory: '03', extra });
  }
  for (let i = 0; i < 3; i++) {
    list.push({ firstNames: 'Joven', surnames: `Villa Hermosa ${'abc'[i]}`, document: String(80_000_000 + i), territory: '08', extra: { sexAtBirth: 'hombre', lifeStage: 'juventud' } });
  }
  list.push({
    firstNames: 'Rocío',
    surnames: 'Poblado Díaz',
    document: '14141414',
    territory: '14',
    extra: { sexAtBirth: 'mujer', disabilities: ['auditiva'], accessibilityNeeds: ['interprete_lsc'] },
  });
  return list;
}

beforeAll(async () => {
  server = await startAuthedServer({ now: () => clock });
  eventId = (await createEvent(server.url, { startsAt: '2026-11-21T09:00:00-05:00', endsAt: '2026-11-21T12:00:00-05:00' })).id;
  const other = (await createEvent(server.url)).id;
  const checkIns = people().map((p, i) => personCheckIn(eventId, p, at(4 * i)));
  // The first person again, admitted by another device that was offline.
  const duplicate = personCheckIn(eventId, people()[0]!, at(90), 'puerta-2');
  duplicateId = duplicate.id;
  await pushAccepted(server.url, [
    ...checkIns,
    duplicate,
    // Written in UTC by a device: 09:16, 09:17 and 09:59 in Bogotá.
    anonymousRecord(eventId, 'puerta-2', '2026-11-21T14:16:00Z'),
    anonymousRecord(eventId, 'puerta-2', '2026-11-21T14:17:00Z'),
    anonymousRecord(eventId, 'puerta-2', '2026-11-21T14:59:00Z'),
    v1Entry(eventId, 'Ana María Peña', '43123456', '2026-11-21T10:05:00-05:00'),
    // Another event's attendance, evaluation and escuchadero must not leak in.
    anonymousRecord(other, 'puerta-9', '2026-11-21T09:30:00-05:00'),
    evaluationAt(other, 1),
    evaluationAt(eventId, 4),
    evaluationAt(eventId, 5),
    evaluationAt(eventId, 2),
    prioritisationAt(eventId, ['3.1.1', '3.1.2']),
    prioritisationAt(eventId, ['3.1.2']),
  ]);

  const { template: _template, ...template } = (await call<{ form: Record<string, unknown> }>(server.url, 'GET', '/api/v1/forms/urna-virtual')).body.form;
  expect((await call(server.url, 'POST', '/api/v1/forms', { ...template, id: urnaId, title: { es: 'Urna de la comuna', en: 'Ballot box' } })).status).toBe(201);
  const question = escuchaderoAt(eventId, { tipo: 'pregunta', tema: '3.1.2' }, '2026-11-20T10:00:00-05:00');
  const complaint = escuchaderoAt(eventId, { tipo: 'queja-reclamo' }, '2026-11-20T11:00:00-05:00');
  await pushAccepted(server.url, [
    question,
    complaint,
    submission({ formId: urnaId, formVersion: 1, eventId, answers: { calificacion: 3, opinion: 'Muy buena gestión en el barrio' } }),
  ]);
  expect((await call(server.url, 'POST', `/api/v1/escuchadero/${question.id}/assign`, { office: 'infraestructura' })).status).toBe(200);
  expect((await call(server.url, 'POST', `/api/v1/escuchadero/${question.id}/answer`, { text: 'La obra termina en marzo.' })).status).toBe(200);

  const consulta = await createStaff(server.url, server.admin, 'consulta');
  const response = await fetch(`${server.url}/api/v1/reports/events/${eventId}`, { headers: consulta.headers() });
  expect(response.status).toBe(200);
  report = (await response.json()) as EventReport;
  const office = await getJson<EventReport>(`${server.url}/api/v1/reports/events/${eventId}`);
  expect(office.status).toBe(200);
  officeReport = office.body;
});
afterAll(() => server.dispose());

const shown = (v: PublishedCount) => (isSuppressed(v) ? 0 : v);

describe('GET /api/v1/reports/events/:id', () => {
  it('counts people once: duplicates apart, anonymous in the total, every stored check-in accounted for', () => {
    const stored = countRows(server.dataDir, 'records', "event_id = ? and kind in ('attendance.entry', 'attendance.anonymous')", eventId);
    expect(stored).toBe(19);
    expect(report.attendance).toMatchObject({ total: 18, consented: 15, anonymous: 3, duplicatesOfflineAdmitted: 1, unreadableCheckIns: 0 });
    expect(report.attendance.total + report.attendance.duplicatesOfflineAdmitted).toBe(stored);
    expect(report.attendance.total).toBe(report.attendance.consented + report.attendance.anonymous);
    expect(duplicateId).toBeTruthy();
  });

  it('has single-valued breakdowns over the consented attendees, small territorial cells hidden from consulta', () => {
    const { breakdowns, consented } = report.attendance;
    for (const dim of ['territory', 'sex', 'lifeStage'] as const) {
      const b = breakdowns[dim];
      expect(b.sensitive).toBe(true);
      expect(b.base).toBe(consented);
    }
    const cell = (dim: 'territory' | 'sex', key: string) => breakdowns[dim].cells.find((c) => c.key === key)?.value;
    // Comuna 08 has 3 attendees and 14 has one: both hidden, and 03 (11) with them, else 3 + 1 = 15 − 11.
    expect([cell('territory', '03'), cell('territory', '08'), cell('territory', '14')].map((v) => v !== undefined && isSuppressed(v))).toEqual([true, true, true]);
    // One person without an answer on sex: hidden, with a complement.
    expect(isSuppressed(cell('sex', '_sin_respuesta')!)).toBe(true);
    expect(breakdowns.sex.cells.filter((c) => isSuppressed(c.value)).length).toBeGreaterThanOrEqual(2);
    expect(isSuppressed(breakdowns.lifeStage.cells.find((c) => c.key === 'juventud')!.value)).toBe(true);
  });

  it('gives the planning office the exact counts, those consulta cannot see marked as not publishable', () => {
    const { breakdowns, consented } = officeReport.attendance;
    for (const dim of ['territory', 'sex', 'lifeStage'] as const) {
      expect(breakdowns[dim].cells.reduce((sum, cell) => sum + shown(cell.value), 0)).toBe(consented);
    }
    const cell = (dim: 'territory' | 'sex', key: string) => breakdowns[dim].cells.find((c) => c.key === key);
    expect([cell('territory', '03')?.value, cell('territory', '08')?.value, cell('territory', '14')?.value]).toEqual([11, 3, 1]);
    expect([cell('sex', 'mujer')?.value, cell('sex', 'hombre')?.value, cell('sex', '_sin_respuesta')?.value]).toEqual([7, 7, 1]);
    expect(breakdowns.lifeStage.cells.find((c) => c.key === 'juventud')?.value).toBe(3);
    // Marked exactly where consulta sees "Reservado".
    for (const dim of Object.keys(breakdowns) as (keyof typeof breakdowns)[]) {
      const marked = breakdowns[dim].cells.map((c) => c.notPublishable === true);
      const hidden = report.attendance.breakdowns[dim].cells.map((c) => isSuppressed(c.value));
      expect(marked, dim).toEqual(hidden);
      expect(breakdowns[dim].cells.some((c) => isSuppressed(c.value)), dim).toBe(false);
    }
  });

  it('shows consulta no count of people from 1 to 4 in any breakdown, hiding the two indigenous attendees', () => {
    const breakdowns = Object.values(report.attendance.breakdowns);
    expect(breakdowns.every((b) => b.sensitive)).toBe(true);
    for (const b of breakdowns) {
      for (const c of b.cells) if (!isSuppressed(c.value)) expect(c.value === 0 || c.value >= 5, `${b.dimension}.${c.key} = ${c.value}`).toBe(true);
      expect(b.cells.filter((c) => isSuppressed(c.value)).length, b.dimension).not.toBe(1);
      if (!b.multiValued && b.cells.every((c) => !isSuppressed(c.value))) expect(b.cells.reduce((s, c) => s + shown(c.value), 0)).toBe(b.base);
    }
    const indigenous = report.attendance.breakdowns.ethnicGroup.cells.find((c) => c.key === 'indigena')!;
    expect(isSuppressed(indigenous.value)).toBe(true);
    expect(report.attendance.breakdowns.ethnicGroup.cells.find((c) => c.key === 'ninguno')?.value).toBe(6);
    expect(report.accessibility.requests).toEqual(report.attendance.breakdowns.accessibilityNeed);
  });

  it('counts arrivals per quarter hour on Bogotá time, duplicates left out', () => {
    expect(report.attendance.arrivals).toEqual([
      { start: '2026-11-21T09:00-05:00', count: 4 },
      { start: '2026-11-21T09:15-05:00', count: 6 },
      { start: '2026-11-21T09:30-05:00', count: 4 },
      { start: '2026-11-21T09:45-05:00', count: 3 },
      { start: '2026-11-21T10:00-05:00', count: 1 },
    ]);
  });

  it('reports the Ley 982 threshold with the one interpreter request suppressed', () => {
    expect(report.accessibility.interpreters).toEqual({
      people: { suppressed: true },
      lsc: { suppressed: true },
      guideInterpreter: 0,
      threshold: 10,
      thresholdReached: false,
      lscInterpreterBooked: false,
    });
  });

  it('gives evaluation results question by question, satisfaction, the prioritisation ranking and the urna', () => {
    expect(report.satisfaction).toEqual({ responses: 3, mean: 11 / 3, distribution: { 1: 0, 2: 1, 3: 0, 4: 1, 5: 1 }, invalid: 0 });
    const evaluation = report.forms.evaluation!;
    expect(evaluation.submissions).toBe(3);
    const rating = evaluation.questions.find((q) => q.fieldId === 'calificacion');
    expect(rating).toMatchObject({ kind: 'rating', answered: 3, mean: 3.67 });
    expect(evaluation.questions.find((q) => q.fieldId === 'temas_interes')).toMatchObject({ kind: 'yes-no', yes: 3, no: 0 });
    const ranking = report.forms.prioritisation!.questions.find((q) => q.fieldId === 'temas');
    expect(ranking?.kind).toBe('ranking');
    if (ranking?.kind === 'ranking') {
      expect(ranking.options.slice(0, 2).map((o) => [o.value, o.points, o.firstChoices, o.mentions])).toEqual([
        ['3.1.2', 9, 1, 2],
        ['3.1.1', 5, 1, 1],
      ]);
    }
    expect(report.forms.urnas.map((u) => [u.formId, u.submissions])).toEqual([[urnaId, 1]]);
    expect(JSON.stringify(report)).not.toContain('Muy buena gestión');
  });

  it('counts escuchadero entries by type, topic and status, with working days waited and no text', () => {
    expect(report.escuchadero.summary).toEqual({ received: 2, answered: 1, answeredLate: 1, pending: 0, overdue: 1, unreadableDates: 0 });
    expect(report.escuchadero.byType).toEqual([
      { key: 'pregunta', count: 1 },
      { key: 'queja-reclamo', count: 1 },
    ]);
    expect(report.escuchadero.byTopic).toEqual([
      { key: '3.1.2', count: 1 },
      { key: '_sin_respuesta', count: 1 },
    ]);
    expect(report.escuchadero.byStatus).toEqual([
      { key: 'received', count: 1 },
      { key: 'answered', count: 1 },
    ]);
    // Friday 20 November to Sunday 20 December: 19 working days (8 December is a holiday).
    expect(report.escuchadero.waiting).toEqual({ entries: 1, meanWorkingDays: 19, maxWorkingDays: 19 });
    expect(report.escuchadero.answerTime).toEqual({ entries: 1, meanWorkingDays: 19, maxWorkingDays: 19 });
    expect(JSON.stringify(report)).not.toContain('obra');
  });

  it('holds no names or documents, and answers 404 for an unknown event', async () => {
    const text = JSON.stringify(report);
    for (const needle of ['Ana María', 'Rocío', '43123456', '14141414', '30000000']) expect(text).not.toContain(needle);
    const missing = await getJson<{ code: string }>(`${server.url}/api/v1/reports/events/no-existe`);
    expect([missing.status, missing.body.code]).toEqual([404, 'resource.not_found']);
  });
});
