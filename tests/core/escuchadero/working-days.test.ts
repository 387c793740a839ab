import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { answerDueDate } from '../../../src/core/escuchadero/working-days';
import { addWorkingDays, bogotaDateOf, dateOfDay, dayNumber, isWorkingDay, weekday, workingDaysWaited } from '../../../src/core/time';

// Colombian holidays of November and December 2026 (all Saints and Cartagena moved to Monday).
const holidays = ['2026-11-02', '2026-11-16', '2026-12-08', '2026-12-25'];
const dayArb = fc.integer({ min: dayNumber('2020-01-01')!, max: dayNumber('2035-12-31')! });

describe('calendar dates', () => {
  it('agree with the platform calendar on day numbers and weekdays (test oracle: Date in UTC)', () => {
    fc.assert(
      fc.property(fc.integer({ min: dayNumber('1601-01-01')!, max: dayNumber('2399-12-31')! }), (day) => {
        const date = dateOfDay(day);
        const utc = new Date(day * 86_400_000);
        expect(date).toBe(utc.toISOString().slice(0, 10));
        expect(dayNumber(date)).toBe(day);
        expect(weekday(day)).toBe(utc.getUTCDay());
      }),
      { numRuns: 300 },
    );
  });

  it('know which dates do not exist', () => {
    expect(dayNumber('2024-02-29')).toBeDefined();
    for (const bad of ['2026-02-29', '2026-13-01', '2026-04-31', '2026-4-1', 'ayer']) expect(dayNumber(bad)).toBeUndefined();
  });

  it('take the Colombian calendar date of a moment written with any offset', () => {
    expect(bogotaDateOf('2026-11-21T03:00:00Z')).toBe('2026-11-20');
    expect(bogotaDateOf('2026-11-21T05:00:00.123Z')).toBe('2026-11-21');
    expect(bogotaDateOf('2026-11-21T23:30:00-05:00')).toBe('2026-11-21');
    expect(bogotaDateOf('2026-11-22T01:00:00+02:00')).toBe('2026-11-21');
    expect(bogotaDateOf('2026-11-21')).toBe('2026-11-21');
    expect(bogotaDateOf('2026-11-21T25:00:00Z')).toBeUndefined();
  });
});

describe('working days (Monday to Friday, minus holidays given as data)', () => {
  it('does not count the day of receipt, weekends or holidays', () => {
    expect(workingDaysWaited('2026-11-20T16:00:00-05:00', '2026-11-20')).toBe(0);
    expect(workingDaysWaited('2026-11-20', '2026-11-22')).toBe(0); // Friday → Sunday
    expect(workingDaysWaited('2026-11-20', '2026-11-23')).toBe(1); // → Monday
    expect(workingDaysWaited('2026-12-07', '2026-12-09', holidays)).toBe(1); // Tuesday 8 is a holiday
    expect(workingDaysWaited('2026-12-07', '2026-12-09')).toBe(2);
    expect(workingDaysWaited('2026-11-23', '2026-11-20')).toBe(0);
    expect(isWorkingDay('2026-12-08', holidays)).toBe(false);
    expect(isWorkingDay('2026-12-08')).toBe(true);
    expect(isWorkingDay('2026-11-21')).toBe(false);
  });

  it('puts the answer due 15 working days after receipt', () => {
    expect(answerDueDate('2026-11-02')).toBe('2026-11-23');
    expect(answerDueDate('2026-11-02T10:15:00-05:00', holidays)).toBe('2026-11-24');
    expect(workingDaysWaited('2026-11-02', '2026-11-24', holidays)).toBe(15);
  });

  it('adding n working days then counting them gives n back, and the result is a working day', () => {
    const holidayArb = fc.uniqueArray(dayArb.map(dateOfDay), { maxLength: 30 });
    fc.assert(
      fc.property(dayArb, fc.integer({ min: 0, max: 60 }), holidayArb, (from, n, off) => {
        const start = dateOfDay(from);
        const end = addWorkingDays(start, n, off);
        expect(workingDaysWaited(start, end, off)).toBe(n);
        if (n > 0) expect(isWorkingDay(end, off)).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  it('never counts a Saturday or Sunday: waiting over a weekend adds nothing', () => {
    fc.assert(
      fc.property(dayArb, dayArb, (a, b) => {
        const [from, to] = a <= b ? [a, b] : [b, a];
        const weekendDay = to + ((6 - weekday(to) + 7) % 7); // the next Saturday (or today, if Saturday)
        expect(workingDaysWaited(dateOfDay(from), dateOfDay(weekendDay + 1))).toBe(workingDaysWaited(dateOfDay(from), dateOfDay(weekendDay - 1)));
      }),
      { numRuns: 200 },
    );
  });
});
