import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Breakdown } from '../../../src/core/indicators/breakdown';
import {
  MULTI_DIMENSIONS,
  NO_ANSWER,
  NONE_OF_THESE,
  SINGLE_DIMENSIONS,
  isReservedKey,
  multiValues,
} from '../../../src/core/indicators/dimensions';
import { aggregateAttendanceByEvent, aggregateEventAttendance } from '../../../src/core/indicators/event-attendance';
import type { AttendanceFacts } from '../../../src/core/indicators/facts';
import { attendanceRow } from './attendance-arbitrary';

const cell = (b: Breakdown, key: string) => b.cells.find((c) => c.key === key)?.count;
const at = '2024-05-01T09:00:00-05:00';

describe('attendance of one event', () => {
  const rows: AttendanceFacts[] = [
    { eventId: 'e', checkedInAt: at, consented: true, territory: '01', sex: 'mujer', disabilities: ['fisica', 'visual', 'fisica'] },
    { eventId: 'e', checkedInAt: at, consented: true, territory: '01', sex: '', disabilities: [] },
    { eventId: 'e', checkedInAt: at, consented: true, territory: '02' },
    // Anonymous: counted, but what it carries is not processed.
    { eventId: 'e', checkedInAt: at, consented: false, territory: '03', sex: 'hombre', ethnicGroup: 'indigena', disabilities: ['visual'] },
    // The same person admitted again by a second offline device.
    { eventId: 'e', checkedInAt: at, consented: true, territory: '01', duplicateOfflineAdmitted: true },
    { eventId: 'e', checkedInAt: 'ayer', consented: true, territory: '02' },
    { eventId: 'other', checkedInAt: at, consented: true, territory: '01' },
  ];
  const result = aggregateEventAttendance('e', rows, { categories: { territory: ['01', '02', '03', '04'] } });

  it('counts people once: anonymous in the total, offline duplicates apart', () => {
    expect(result.total).toBe(5);
    expect(result.consented).toBe(4);
    expect(result.anonymous).toBe(1);
    expect(result.duplicatesOfflineAdmitted).toBe(1);
    expect(result.unreadableCheckIns).toBe(1);
    expect(result.arrivals).toEqual([{ start: '2024-05-01T09:00-05:00', count: 4 }]);
  });

  it('keeps anonymous rows out of every breakdown, even when they carry answers', () => {
    expect(cell(result.breakdowns.territory, '03')).toBe(0);
    expect(cell(result.breakdowns.sex, 'hombre')).toBeUndefined();
    expect(cell(result.breakdowns.ethnicGroup, 'indigena')).toBeUndefined();
    expect(cell(result.breakdowns.disability, 'visual')).toBe(1);
    expect(result.breakdowns.territory.base).toBe(4);
  });

  it('lists catalogue categories in order, zeros included, then "no answer"', () => {
    expect(result.breakdowns.territory.cells).toEqual([
      { key: '01', count: 2 },
      { key: '02', count: 2 },
      { key: '03', count: 0 },
      { key: '04', count: 0 },
      { key: NO_ANSWER, count: 0 },
    ]);
    // Empty text is an unanswered select.
    expect(cell(result.breakdowns.sex, NO_ANSWER)).toBe(3);
  });

  it('counts a person once per value of a multi-valued answer; [] is "none", absent is "no answer"', () => {
    const d = result.breakdowns.disability;
    expect(d.multiValued).toBe(true);
    expect(cell(d, 'fisica')).toBe(1);
    expect(cell(d, 'visual')).toBe(1);
    expect(cell(d, NONE_OF_THESE)).toBe(1);
    expect(cell(d, NO_ANSWER)).toBe(2);
  });

  it('gives zeros for an event nobody attended', () => {
    const empty = aggregateEventAttendance('nadie', rows);
    expect(empty.total).toBe(0);
    expect(empty.arrivals).toEqual([]);
    expect(empty.breakdowns.sex.cells).toEqual([{ key: NO_ANSWER, count: 0 }]);
  });
});

describe('attendance invariants over random rows', () => {
  it('adds up: total = anonymous + each single-valued breakdown, multi-valued ≥ people with a value', () => {
    fc.assert(
      fc.property(fc.array(attendanceRow(), { maxLength: 120 }), (rows) => {
        for (const [eventId, summary] of aggregateAttendanceByEvent(rows)) {
          const mine = rows.filter((r) => r.eventId === eventId);
          const admitted = mine.filter((r) => r.duplicateOfflineAdmitted !== true);
          expect(summary.total).toBe(admitted.length);
          expect(summary.total).toBe(summary.consented + summary.anonymous);
          expect(summary.arrivals.reduce((s, b) => s + b.count, 0)).toBe(summary.total - summary.unreadableCheckIns);
          for (const d of SINGLE_DIMENSIONS) {
            const cells = summary.breakdowns[d].cells.reduce((s, c) => s + c.count, 0);
            expect(summary.anonymous + cells).toBe(summary.total);
          }
          for (const d of MULTI_DIMENSIONS) {
            const b = summary.breakdowns[d];
            const valueSum = b.cells.filter((c) => !isReservedKey(c.key)).reduce((s, c) => s + c.count, 0);
            const withValue = admitted.filter((r) => r.consented && (multiValues(r, d) ?? []).some((v) => v !== '')).length;
            expect(valueSum).toBeGreaterThanOrEqual(withValue);
            expect(withValue + cell(b, NONE_OF_THESE)! + cell(b, NO_ANSWER)!).toBe(b.base);
            for (const c of b.cells) expect(c.count).toBeLessThanOrEqual(b.base);
          }
        }
      }),
    );
  });

  it('gives the same result per event whether aggregated together or one at a time', () => {
    fc.assert(
      fc.property(fc.array(attendanceRow(['a', 'b', 'c']), { maxLength: 60 }), (rows) => {
        const all = aggregateAttendanceByEvent(rows);
        for (const [eventId, summary] of all) expect(aggregateEventAttendance(eventId, rows)).toEqual(summary);
      }),
      { numRuns: 50 },
    );
  });
});
