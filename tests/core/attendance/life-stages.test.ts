import { describe, expect, it } from 'vitest';
import { ageOn, lifeStageFor } from '../../../src/core/attendance/life-stages';
import { catalogues } from './fixtures';
import { isCalendarDate } from '../../../src/core/time';

describe('age and life stage from a birth date and an injected today', () => {
  it('counts completed years, turning a year older on the birthday', () => {
    expect(ageOn('2000-11-21', '2026-11-20')).toBe(25);
    expect(ageOn('2000-11-21', '2026-11-21')).toBe(26);
    expect(ageOn('2008-02-29', '2026-02-28')).toBe(17);
    expect(ageOn('2008-02-29', '2026-03-01')).toBe(18);
  });

  it('gives no age for a birth in the future or a date that does not exist', () => {
    expect(ageOn('2026-11-22', '2026-11-21')).toBeUndefined();
    expect(ageOn('2001-02-29', '2026-11-21')).toBeUndefined();
    expect(isCalendarDate('2024-02-29')).toBe(true);
    expect(isCalendarDate('1900-02-29')).toBe(false);
    expect(isCalendarDate('2026-13-01')).toBe(false);
  });

  it.each([
    ['2026-11-21', 'infancia'],
    ['2014-11-22', 'infancia'], // 11
    ['2014-11-21', 'adolescencia'], // 12
    ['2008-11-22', 'adolescencia'], // 17
    ['2008-11-21', 'juventud'], // 18
    ['1997-11-22', 'juventud'], // 28
    ['1997-11-21', 'adultez'], // 29
    ['1966-11-22', 'adultez'], // 59
    ['1966-11-21', 'persona_mayor'], // 60
    ['1920-01-01', 'persona_mayor'],
  ])('born %s is in %s on 2026-11-21', (birthDate, stage) => {
    expect(lifeStageFor(catalogues.lifeStages, birthDate, '2026-11-21')).toBe(stage);
  });

  it('follows the catalogue, not fixed numbers', () => {
    const custom = { ...catalogues.lifeStages, entries: [{ code: 'menor', name: 'Menor', minAge: 0, maxAge: 13 }, { code: 'mayor', name: 'Mayor', minAge: 14 }] };
    expect(lifeStageFor(custom, '2012-01-01', '2026-11-21')).toBe('mayor');
    expect(lifeStageFor(custom, '2013-01-01', '2026-11-21')).toBe('menor');
  });
});
