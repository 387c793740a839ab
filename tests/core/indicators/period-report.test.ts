import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SINGLE_DIMENSIONS, NO_ANSWER } from '../../../src/core/indicators/dimensions';
import { addEscuchadero, emptyEscuchadero } from '../../../src/core/indicators/escuchadero-tally';
import type { EscuchaderoFacts, EventFacts } from '../../../src/core/indicators/facts';
import { periodReport, type PeriodOptions } from '../../../src/core/indicators/period-report';
import { attendanceRow } from './attendance-arbitrary';

const events: EventFacts[] = [
  { eventId: 'a', startsAt: '2024-03-10T09:00:00-05:00', type: 'audiencia_publica', murcStage: 'ejecucion', territory: '01' },
  { eventId: 'b', startsAt: '2024-03-20T15:00:00-05:00', type: 'atril_comunas', murcStage: 'ejecucion', territory: '01' },
  // Already 1 April in UTC, still 31 March in Bogotá: inside the first quarter.
  { eventId: 'c', startsAt: '2024-03-31T20:00:00-05:00', type: 'atril_comunas', murcStage: 'diseno', territory: '05' },
  // Half an hour after the quarter ends.
  { eventId: 'd', startsAt: '2024-04-01T00:30:00-05:00', type: 'feria', murcStage: 'ejecucion', territory: '05' },
];
const options: PeriodOptions = {
  period: { from: '2024-01-01T00:00:00-05:00', to: '2024-04-01T00:00:00-05:00' },
  asOf: '2024-04-15T00:00:00-05:00',
};
const row = (eventId: string, territory?: string, consented = true) => ({
  eventId,
  checkedInAt: '2024-03-10T09:05:00-05:00',
  consented,
  ...(territory === undefined ? {} : { territory }),
});

describe('period report', () => {
  const report = periodReport(
    {
      events,
      attendance: [row('a', '01'), row('a', '02'), row('b', '01'), row('c'), row('c', '05', false), row('d', '05'), row('zzz', '01')],
      escuchadero: [
        { eventId: 'a', receivedAt: '2024-03-10T10:00:00-05:00', answeredAt: '2024-03-20T10:00:00-05:00', dueAt: '2024-03-31T23:59:00-05:00' },
        { eventId: 'a', receivedAt: '2024-03-10T10:00:00-05:00', answeredAt: '2024-04-05T10:00:00-05:00', dueAt: '2024-03-31T23:59:00-05:00' },
        { eventId: 'b', receivedAt: '2024-03-20T16:00:00-05:00', dueAt: '2024-04-10T23:59:00-05:00' },
        { eventId: 'c', receivedAt: '2024-03-31T21:00:00-05:00', dueAt: '2024-04-21T23:59:00-05:00' },
        // Answered, but after the report's cut-off: not answered yet as of then.
        { eventId: 'c', receivedAt: '2024-03-31T21:00:00-05:00', answeredAt: '2024-04-20T00:00:00-05:00', dueAt: '2024-04-21T23:59:00-05:00' },
        { eventId: 'd', receivedAt: '2024-04-01T01:00:00-05:00', dueAt: '2024-04-22T23:59:00-05:00' },
      ],
      evaluations: [
        { eventId: 'a', overallRating: 5 },
        { eventId: 'a', overallRating: 4 },
        { eventId: 'b', overallRating: 2 },
        { eventId: 'b' },
        { eventId: 'c', overallRating: 7 },
        { eventId: 'd', overallRating: 1 },
      ],
    },
    options,
  );
  if (!report.ok) throw new Error(report.problem.code);
  const r = report.value;

  it('takes the events that start inside [from, to) on the Bogotá clock, and counts them', () => {
    expect(r.perEvent.map((e) => e.event.eventId)).toEqual(['a', 'b', 'c']);
    expect(r.events.byType).toEqual([
      { key: 'atril_comunas', count: 2 },
      { key: 'audiencia_publica', count: 1 },
    ]);
    expect(r.events.byStage).toEqual([
      { key: 'diseno', count: 1 },
      { key: 'ejecucion', count: 2 },
    ]);
    expect(r.events.byTerritory).toEqual([
      { key: '01', count: 2 },
      { key: '05', count: 1 },
    ]);
    expect(r.leftOut).toEqual({ events: 0, attendance: 2, escuchadero: 1, evaluations: 1 });
  });

  it('sums attendance over the events with the per-event rules', () => {
    expect(r.attendance.total).toBe(5);
    expect(r.attendance.anonymous).toBe(1);
    expect(r.attendance.breakdowns.territory.cells).toEqual([
      { key: '01', count: 2 },
      { key: '02', count: 1 },
      { key: NO_ANSWER, count: 1 },
    ]);
  });

  it('counts escuchadero entries received, answered (late), pending and overdue as of the cut-off', () => {
    expect(r.escuchadero).toEqual({ received: 5, answered: 2, answeredLate: 1, pending: 2, overdue: 1, unreadableDates: 0 });
  });

  it('averages the 1–5 rating, ignoring forms without one and reporting out-of-range ones', () => {
    expect(r.satisfaction).toEqual({ responses: 3, mean: 11 / 3, distribution: { 1: 0, 2: 1, 3: 0, 4: 1, 5: 1 }, invalid: 1 });
    expect(r.perEvent[2]!.satisfaction.mean).toBeNull();
  });

  it('compares territories: where events were held and where attendees live', () => {
    expect(r.territories.map((t) => [t.territory, t.events, t.attendance, t.residentAttendees, t.escuchadero.received, t.satisfaction.mean])).toEqual([
      ['01', 2, 3, 2, 3, 11 / 3],
      ['02', 0, 0, 1, 0, null],
      ['05', 1, 2, 0, 2, null],
    ]);
  });

  it('refuses a period without offsets or running backwards', () => {
    const bad = (period: PeriodOptions['period']) => periodReport({ events, attendance: [] }, { ...options, period });
    const backwards = bad({ from: options.period.to, to: options.period.from });
    expect(backwards.ok).toBe(false);
    if (!backwards.ok) expect(backwards.problem.code).toBe('report.invalid_period');
    expect(bad({ from: '2024-01-01', to: '2024-04-01' }).ok).toBe(false);
  });
});

describe('period invariants over random rows', () => {
  const isoIn2024 = fc.integer({ min: Date.UTC(2024, 0, 1), max: Date.UTC(2024, 11, 31) }).map((ms) => new Date(ms).toISOString());
  const escuchadero: fc.Arbitrary<EscuchaderoFacts> = fc.record(
    {
      eventId: fc.constantFrom('ev-1', 'ev-2'),
      receivedAt: isoIn2024,
      answeredAt: fc.oneof(isoIn2024, fc.constant('pronto')),
      dueAt: fc.oneof({ weight: 9, arbitrary: isoIn2024 }, { weight: 1, arbitrary: fc.constant('') }),
    },
    { requiredKeys: ['eventId', 'receivedAt', 'dueAt'] },
  );

  it('received = answered + pending + overdue, answeredLate ≤ answered', () => {
    fc.assert(
      fc.property(fc.array(escuchadero, { maxLength: 50 }), isoIn2024, (rows, asOf) => {
        const t = emptyEscuchadero();
        for (const row of rows) addEscuchadero(t, row, Date.parse(asOf));
        expect(t.received).toBe(rows.length);
        expect(t.answered + t.pending + t.overdue).toBe(t.received);
        expect(t.answeredLate).toBeLessThanOrEqual(t.answered);
      }),
    );
  });

  it('period attendance equals the sum of its events, cell by cell', () => {
    const periodEvents: EventFacts[] = [
      { eventId: 'ev-1', startsAt: '2024-01-02T10:00:00-05:00', type: 'x', murcStage: 'ejecucion' },
      { eventId: 'ev-2', startsAt: '2024-01-02T18:00:00-05:00', type: 'y', murcStage: 'ejecucion' },
    ];
    fc.assert(
      fc.property(fc.array(attendanceRow(['ev-1', 'ev-2', 'ev-3']), { maxLength: 80 }), (rows) => {
        const result = periodReport({ events: periodEvents, attendance: rows }, options);
        if (!result.ok) throw new Error('period should be valid');
        const { attendance, perEvent, leftOut } = result.value;
        expect(leftOut.attendance).toBe(rows.filter((r) => r.eventId === 'ev-3').length);
        expect(attendance.total).toBe(perEvent.reduce((s, e) => s + e.attendance.total, 0));
        for (const d of SINGLE_DIMENSIONS) {
          for (const c of attendance.breakdowns[d].cells) {
            const sum = perEvent.reduce((s, e) => s + (e.attendance.breakdowns[d].cells.find((x) => x.key === c.key)?.count ?? 0), 0);
            expect(c.count).toBe(sum);
          }
        }
      }),
      { numRuns: 50 },
    );
  });
});
