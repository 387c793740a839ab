import { describe, expect, it } from 'vitest';
import { answerCase, assignCase, closeCase, receiveCase, type EscuchaderoCase } from '../../../src/core/escuchadero/case-status';
import { caseDeadline } from '../../../src/core/escuchadero/case-deadline';
import type { Result } from '../../../src/core/result';

const value = (r: Result<EscuchaderoCase>): EscuchaderoCase => {
  if (!r.ok) throw new Error(JSON.stringify(r.problem));
  return r.value;
};
const received = value(receiveCase('ACDEFHJK', '2026-11-02T10:00:00-05:00'));

describe('escuchadero case status', () => {
  it('goes received → assigned → (reassigned) → answered → closed', () => {
    const assigned = value(assignCase(received, { office: 'planeacion', at: '2026-11-03T09:00:00-05:00' }));
    const reassigned = value(assignCase(assigned, { office: 'comunicaciones', at: '2026-11-04T09:00:00-05:00' }));
    const answered = value(answerCase(reassigned, { answer: '  La obra empieza en enero.  ', at: '2026-11-10T15:00:00-05:00' }));
    expect(answered).toMatchObject({ state: 'answered', office: 'comunicaciones', answer: 'La obra empieza en enero.', answeredAt: '2026-11-10T15:00:00-05:00' });
    expect(value(closeCase(answered, '2026-12-01T08:00:00-05:00')).state).toBe('closed');
  });

  it('refuses transitions out of order', () => {
    const answered = value(
      answerCase(value(assignCase(received, { office: 'planeacion', at: '2026-11-03T09:00:00-05:00' })), { answer: 'Sí.', at: '2026-11-04T09:00:00-05:00' }),
    );
    const refusals = [
      answerCase(received, { answer: 'Sí.', at: '2026-11-03T09:00:00-05:00' }),
      closeCase(received, '2026-11-03T09:00:00-05:00'),
      assignCase(answered, { office: 'planeacion', at: '2026-11-05T09:00:00-05:00' }),
      answerCase(answered, { answer: 'Otra.', at: '2026-11-05T09:00:00-05:00' }),
    ];
    for (const r of refusals) expect(r).toMatchObject({ ok: false, problem: { code: 'escuchadero.transition_invalid' } });
  });

  it('refuses an empty answer and a bad tracking code with field issues', () => {
    const assigned = value(assignCase(received, { office: 'planeacion', at: '2026-11-03T09:00:00-05:00' }));
    const empty = answerCase(assigned, { answer: '   ', at: '2026-11-04T09:00:00-05:00' });
    expect(empty.ok ? [] : empty.problem.details?.fields?.map((f) => [f.path, f.message])).toEqual([['answer', 'Escriba la respuesta.']]);
    expect(receiveCase('acde', '2026-11-02T10:00:00-05:00').ok).toBe(false);
    expect(receiveCase('ACDEFHJK', '2026-11-02').ok).toBe(false);
  });

  it('tells whether the answer is late (15 working days, holidays as data)', () => {
    const holidays = ['2026-11-16'];
    expect(caseDeadline(received, '2026-11-24', holidays)).toEqual({ dueDate: '2026-11-24', workingDaysWaited: 15, late: false });
    expect(caseDeadline(received, '2026-11-25', holidays)).toMatchObject({ workingDaysWaited: 16, late: true });
    const assigned = value(assignCase(received, { office: 'planeacion', at: '2026-11-03T09:00:00-05:00' }));
    const answered = value(answerCase(assigned, { answer: 'Respuesta.', at: '2026-11-25T07:00:00Z' }));
    // Answered at 02:00 on the 25th in Colombia: one day late, whatever "today" is.
    expect(caseDeadline(answered, '2027-06-01', holidays)).toMatchObject({ workingDaysWaited: 16, late: true });
  });
});
