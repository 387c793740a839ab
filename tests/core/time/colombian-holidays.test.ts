import { describe, expect, it } from 'vitest';
import { addWorkingDays, colombianHolidayCalendar, colombianHolidays, dateOfDay, dayNumber, easterSunday, isWorkingDay, weekday, workingDaysWaited } from '../../../src/core/time';

// The published national calendars (the table the server used to ship, 2024–2030) and 2019.
const KNOWN: Record<number, string> = {
  2019: '01-01 01-07 03-25 04-18 04-19 05-01 06-03 06-24 07-01 07-20 08-07 08-19 10-14 11-04 11-11 12-08 12-25',
  2024: '01-01 01-08 03-25 03-28 03-29 05-01 05-13 06-03 06-10 07-01 07-20 08-07 08-19 10-14 11-04 11-11 12-08 12-25',
  2025: '01-01 01-06 03-24 04-17 04-18 05-01 06-02 06-23 06-30 07-20 08-07 08-18 10-13 11-03 11-17 12-08 12-25',
  2026: '01-01 01-12 03-23 04-02 04-03 05-01 05-18 06-08 06-15 06-29 07-20 08-07 08-17 10-12 11-02 11-16 12-08 12-25',
  2027: '01-01 01-11 03-22 03-25 03-26 05-01 05-10 05-31 06-07 07-05 07-20 08-07 08-16 10-18 11-01 11-15 12-08 12-25',
  2028: '01-01 01-10 03-20 04-13 04-14 05-01 05-29 06-19 06-26 07-03 07-20 08-07 08-21 10-16 11-06 11-13 12-08 12-25',
  2029: '01-01 01-08 03-19 03-29 03-30 05-01 05-14 06-04 06-11 07-02 07-20 08-07 08-20 10-15 11-05 11-12 12-08 12-25',
  2030: '01-01 01-07 03-25 04-18 04-19 05-01 06-03 06-24 07-01 07-20 08-07 08-19 10-14 11-04 11-11 12-08 12-25',
};

const distinctDates = (year: number) => [...new Set(colombianHolidays(year).map((h) => h.date))];

describe('Colombian holidays computed for any year', () => {
  it.each(Object.keys(KNOWN).map(Number))('matches the published calendar of %i', (year) => {
    expect(distinctDates(year)).toEqual(KNOWN[year]!.split(' ').map((md) => `${year}-${md}`));
  });

  it('lists 18 feasts every year, two of them on one Monday when they meet (2025-06-30)', () => {
    for (let year = 1990; year <= 2110; year++) expect(colombianHolidays(year)).toHaveLength(18);
    expect(colombianHolidays(2025).filter((h) => h.date === '2025-06-30').map((h) => h.name).sort()).toEqual(['Sagrado Corazón de Jesús', 'San Pedro y San Pablo']);
  });

  it('moves the Emiliani feasts to Monday and keeps the fixed ones where they fall', () => {
    for (let year = 1990; year <= 2110; year++) {
      for (const h of colombianHolidays(year)) {
        const wd = weekday(dayNumber(h.date)!);
        if (['Año Nuevo', 'Día del Trabajo', 'Día de la Independencia', 'Batalla de Boyacá', 'Inmaculada Concepción', 'Navidad'].includes(h.name)) continue;
        if (h.name === 'Jueves Santo') expect(wd).toBe(4);
        else if (h.name === 'Viernes Santo') expect(wd).toBe(5);
        else expect(wd, `${h.name} ${h.date}`).toBe(1);
      }
    }
    expect(colombianHolidays(2100).map((h) => h.date)).toContain('2100-12-25');
  });

  it('finds Easter Sunday on the dates of the Gregorian tables, earliest and latest included', () => {
    const known = ['1818-03-22', '1943-04-25', '2008-03-23', '2011-04-24', '2024-03-31', '2025-04-20', '2038-04-25', '2285-03-22'];
    for (const date of known) expect(dateOfDay(easterSunday(Number(date.slice(0, 4))))).toBe(date);
  });

  it('answers for any year from one calendar, and not for text that is not a date', () => {
    const calendar = colombianHolidayCalendar();
    expect(calendar.isHoliday('2026-12-08')).toBe(true);
    expect(calendar.isHoliday('2026-12-09')).toBe(false);
    expect(calendar.isHoliday('2041-01-01')).toBe(true);
    expect(calendar.isHoliday('1999-07-20')).toBe(true);
    expect(calendar.isHoliday('ayer')).toBe(false);
  });
});

describe('working days on the Colombian calendar', () => {
  it('skips Holy Week and the Emiliani Mondays without a list to keep up to date', () => {
    const calendar = colombianHolidayCalendar();
    expect(isWorkingDay('2026-04-02', calendar)).toBe(false); // Jueves Santo
    expect(isWorkingDay('2026-04-06', calendar)).toBe(true);
    expect(addWorkingDays('2026-03-31', 2, calendar)).toBe('2026-04-06');
    expect(workingDaysWaited('2026-11-02', '2026-11-24', calendar)).toBe(15);
    expect(addWorkingDays('2031-12-30', 2, calendar)).toBe('2032-01-02'); // past the old table's last year
  });
});
