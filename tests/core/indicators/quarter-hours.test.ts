import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { aggregateEventAttendance } from '../../../src/core/indicators/event-attendance';
import { bucketStart, quarterHourKey, withEmptyBuckets } from '../../../src/core/indicators/quarter-hours';
import { BOGOTA_OFFSET_MINUTES, offsetText, parseInstant } from '../../../src/core/time';

const bucketOf = (iso: string, offset = BOGOTA_OFFSET_MINUTES) => bucketStart(quarterHourKey(parseInstant(iso)!, offset), offset);

describe('parseInstant', () => {
  it('reads ISO instants with an offset or Z', () => {
    expect(parseInstant('2024-05-01T10:00:00-05:00')).toBe(Date.UTC(2024, 4, 1, 15));
    expect(parseInstant('2024-05-01T15:00Z')).toBe(Date.UTC(2024, 4, 1, 15));
    expect(parseInstant('2024-05-01T15:00:00.250Z')).toBe(Date.UTC(2024, 4, 1, 15, 0, 0, 250));
  });

  it('refuses local times, other formats and impossible dates that Date.parse would accept', () => {
    for (const text of ['2024-05-01T10:00:00', '2024-05-01 10:00:00-05:00', 'May 1 2024', '2024-02-30T10:00Z', '2023-02-29T10:00Z', '2024-05-01T24:00Z', '']) {
      expect(parseInstant(text), text).toBeUndefined();
    }
    expect(parseInstant('2024-02-29T10:00Z')).toBe(Date.UTC(2024, 1, 29, 10));
  });
});

describe('quarter-hour buckets on the Bogotá wall clock (UTC−5)', () => {
  it('puts 23:59 and 00:00 local on either side of midnight, on different local dates', () => {
    expect(bucketOf('2024-05-02T04:59:59Z')).toBe('2024-05-01T23:45-05:00');
    expect(bucketOf('2024-05-02T05:00:00Z')).toBe('2024-05-02T00:00-05:00');
    expect(bucketOf('2024-05-01T23:59:59.999-05:00')).toBe('2024-05-01T23:45-05:00');
    expect(bucketOf('2024-05-02T00:14:59-05:00')).toBe('2024-05-02T00:00-05:00');
  });

  it('does not bucket by UTC: 00:10Z is 19:00 of the previous local day', () => {
    expect(bucketOf('2024-05-02T00:10:00Z')).toBe('2024-05-01T19:00-05:00');
  });

  it('gives the same bucket to one instant written with different offsets', () => {
    expect(bucketOf('2024-05-01T10:07:00-05:00')).toBe(bucketOf('2024-05-01T15:07:00Z'));
    expect(bucketOf('2024-05-01T10:07:00-05:00')).toBe(bucketOf('2024-05-01T17:07:00+02:00'));
  });

  it('uses the offset it is given (no time-zone database)', () => {
    expect(bucketOf('2024-05-01T23:50:00Z', 0)).toBe('2024-05-01T23:45+00:00');
    expect(bucketOf('2024-05-01T23:50:00Z', 330)).toBe('2024-05-02T05:15+05:30');
    expect(offsetText(-300)).toBe('-05:00');
  });

  it('starts every bucket on a quarter hour at or before the local time, less than 15 minutes earlier', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 4_102_444_800_000 }), fc.constantFrom(-300, 0, 60, -270), (ms, offset) => {
        const key = quarterHourKey(ms, offset);
        const local = ms + offset * 60_000;
        expect(key).toBeLessThanOrEqual(local);
        expect(local - key).toBeLessThan(15 * 60_000);
        expect([0, 15, 30, 45]).toContain(new Date(key).getUTCMinutes());
        expect(bucketStart(key, offset).endsWith(offsetText(offset))).toBe(true);
      }),
    );
  });

  it('counts an event running past midnight in order, with gaps filled only on request', () => {
    const rows = ['2024-05-01T23:40:00-05:00', '2024-05-01T23:50:00-05:00', '2024-05-02T00:31:00-05:00'].map((checkedInAt) => ({
      eventId: 'noche',
      checkedInAt,
      consented: false,
    }));
    const { arrivals } = aggregateEventAttendance('noche', rows);
    expect(arrivals).toEqual([
      { start: '2024-05-01T23:30-05:00', count: 1 },
      { start: '2024-05-01T23:45-05:00', count: 1 },
      { start: '2024-05-02T00:30-05:00', count: 1 },
    ]);
    expect(withEmptyBuckets(arrivals)).toEqual([
      { start: '2024-05-01T23:30-05:00', count: 1 },
      { start: '2024-05-01T23:45-05:00', count: 1 },
      { start: '2024-05-02T00:00-05:00', count: 0 },
      { start: '2024-05-02T00:15-05:00', count: 0 },
      { start: '2024-05-02T00:30-05:00', count: 1 },
    ]);
    // A mistyped date a year away must not produce thousands of empty bars.
    expect(withEmptyBuckets(arrivals, 4)).toBe(arrivals);
  });
});
