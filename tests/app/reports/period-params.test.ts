import { describe, expect, it } from 'vitest';
import { bogotaToday, periodSearch, readPeriod } from '../../../src/app/state/reports/period-params';

describe('the dashboard period in the address', () => {
  it("defaults to the current year on Colombia's clock", () => {
    // 03:00 UTC on 1 January is still 31 December in Bogotá.
    expect(bogotaToday(Date.parse('2027-01-01T03:00:00Z'))).toBe('2026-12-31');
    expect(bogotaToday(Date.parse('2027-01-01T05:00:00Z'))).toBe('2027-01-01');
    expect(readPeriod('', '2026-12-31')).toEqual({ period: { from: '2026-01-01', to: '2026-12-31' }, invalid: false });
  });

  it('reads desde/hasta, both days included, and round-trips through the search string', () => {
    const read = readPeriod('?desde=2026-02-01&hasta=2026-02-28', '2026-11-21');
    expect(read).toEqual({ period: { from: '2026-02-01', to: '2026-02-28' }, invalid: false });
    expect(readPeriod(periodSearch(read.period), '2026-11-21').period).toEqual(read.period);
    expect(readPeriod('?desde=2026-03-01&hasta=2026-03-01', '2026-11-21').period).toEqual({ from: '2026-03-01', to: '2026-03-01' });
  });

  it('falls back to the year and says so for impossible or reversed dates', () => {
    for (const search of ['?desde=2026-02-30&hasta=2026-03-01', '?desde=2026-05-01&hasta=2026-04-01', '?desde=mayo&hasta=2026-04-01', '?hasta=2025-12-31']) {
      expect(readPeriod(search, '2026-11-21')).toEqual({ period: { from: '2026-01-01', to: '2026-12-31' }, invalid: true });
    }
  });
});

describe('the period requested before the dashboard code loads', () => {
  it('is the one the screen will ask for, or none (never a second, different year request)', async () => {
    const { periodToPrefetch } = await import('../../../src/app/state/reports/period-default');
    for (const search of ['', '?desde=2026-02-01&hasta=2026-02-28', '?desde=2026-05-01&hasta=2026-04-01', '?hasta=2025-12-31', '?desde=2026-02-30&hasta=2026-03-01']) {
      const early = periodToPrefetch(search, '2026-11-21');
      const screen = readPeriod(search, '2026-11-21');
      if (early !== undefined && !screen.invalid) expect(early).toEqual(screen.period);
      if (screen.invalid) expect(early === undefined || early.from === '2026-02-30').toBe(true);
    }
    expect(periodToPrefetch('', '2026-11-21')).toEqual({ from: '2026-01-01', to: '2026-12-31' });
  });
});
