import { describe, expect, it } from 'vitest';
import { caseDeadline, type EscuchaderoCase } from '../../../../src/core/escuchadero';
import { escuchaderoFactsOf } from '../../../../src/core/indicators/adapters';
import { addEscuchadero, emptyEscuchadero } from '../../../../src/core/indicators/escuchadero-tally';
import { parseInstant } from '../../../../src/core/time';

// Received on Friday 20 November 2026; with 8 December a holiday the 15th working day is Monday 14 December.
const HOLIDAYS = ['2026-12-08'];
const received: EscuchaderoCase = { state: 'received', trackingCode: 'ACDE3467', receivedAt: '2026-11-20T10:00:00-05:00' };
const answeredAt = (at: string): EscuchaderoCase => ({ ...received, state: 'answered', office: 'planeacion', assignedAt: at, answer: 'Respuesta.', answeredAt: at });

const tally = (c: EscuchaderoCase, asOf: string, holidays: readonly string[] = HOLIDAYS) => {
  const t = emptyEscuchadero();
  addEscuchadero(t, escuchaderoFactsOf('ev', c, holidays), parseInstant(asOf)!);
  return t;
};

describe('escuchaderoFactsOf', () => {
  it('makes the answer late from the start of the 16th working day', () => {
    expect(escuchaderoFactsOf('ev', received, HOLIDAYS)).toEqual({ eventId: 'ev', receivedAt: received.receivedAt, dueAt: '2026-12-15T00:00:00-05:00' });
    expect(escuchaderoFactsOf('ev', answeredAt('2026-12-01T09:00:00-05:00'), HOLIDAYS).answeredAt).toBe('2026-12-01T09:00:00-05:00');
  });

  it.each([
    ['2026-12-14T23:59:00-05:00', 'pending'],
    ['2026-12-15T00:01:00-05:00', 'overdue'],
  ] as const)('judges an unanswered case at %s as %s, like the inbox', (asOf, expected) => {
    const t = tally(received, asOf);
    expect(t[expected]).toBe(1);
    expect(caseDeadline(received, asOf.slice(0, 10), HOLIDAYS).late).toBe(expected === 'overdue');
  });

  it.each([
    ['2026-12-14T18:00:00-05:00', HOLIDAYS, 0],
    ['2026-12-15T08:00:00-05:00', HOLIDAYS, 1],
    // Without the holiday the term ends on Friday 11 December: an answer on Saturday 12 is still on time.
    ['2026-12-12T10:00:00-05:00', [], 0],
    ['2026-12-14T08:00:00-05:00', [], 1],
  ] as const)('counts an answer on %s (holidays %j) as late %d times, like the inbox', (at, holidays, late) => {
    const c = answeredAt(at);
    expect(tally(c, '2027-01-15T00:00:00-05:00', holidays)).toMatchObject({ answered: 1, answeredLate: late });
    expect(caseDeadline(c, '2027-01-15', holidays).late).toBe(late === 1);
  });
});
