import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bogotaDateOf, bogotaIsoString, bogotaMidnight, bogotaToday, dateAtOffset, parseInstant, wallClockText } from '../../../src/core/time';

describe("Bogotá's wall clock (UTC−5 all year)", () => {
  it('writes an instant on Bogotá\'s clock with its offset, which parses back to the same instant', () => {
    expect(bogotaIsoString(Date.UTC(2026, 10, 21, 15, 4, 5, 678))).toBe('2026-11-21T10:04:05.678-05:00');
    expect(bogotaIsoString(Date.UTC(2026, 10, 22, 2, 30))).toBe('2026-11-21T21:30:00.000-05:00');
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 4_102_444_800_000 }), (ms) => {
        expect(parseInstant(bogotaIsoString(ms))).toBe(ms);
      }),
    );
  });

  it('reads the wall clock like Date does at the same offset, without the host time zone', () => {
    fc.assert(
      fc.property(fc.integer({ min: -2_000_000_000_000, max: 4_102_444_800_000 }), fc.constantFrom(-300, 0, 330, -570), (ms, offset) => {
        expect(wallClockText(ms, offset)).toBe(new Date(ms + offset * 60_000).toISOString().slice(0, -1));
      }),
    );
  });

  it("gives today's date in Colombia, which changes at 05:00 UTC", () => {
    expect(bogotaToday(Date.UTC(2026, 10, 21, 4, 59))).toBe('2026-11-20');
    expect(bogotaToday(Date.UTC(2026, 10, 21, 5, 0))).toBe('2026-11-21');
    expect(bogotaMidnight('2026-11-21')).toBe('2026-11-21T00:00:00-05:00');
  });

  it('finds the Colombian date of a date or a date-time written with any offset', () => {
    expect(bogotaDateOf('2026-11-22T01:30:00Z')).toBe('2026-11-21');
    expect(bogotaDateOf('2026-11-22T00:30:00.000+00:00')).toBe('2026-11-21');
    expect(bogotaDateOf('2026-11-21T19:30:00-05:00')).toBe('2026-11-21');
    expect(bogotaDateOf('2026-11-21')).toBe('2026-11-21');
    expect(dateAtOffset('2026-11-22T01:30:00Z', 0)).toBe('2026-11-22');
    for (const bad of ['2026-11-21T19:30:00', '2026-02-30', 'ayer', 42, undefined]) expect(bogotaDateOf(bad)).toBeUndefined();
  });
});
