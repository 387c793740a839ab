import { describe, expect, it } from 'vitest';
import { defaultCatalogues } from '../../../src/core/catalogues';
import { localEventReport } from '../../../src/app/state/reports/local-event-report';
import { anonymousRecord, evaluationAt, personCheckIn } from '../../server/reports/fixtures';

const person = (i: number) => ({ firstNames: 'Ana', surnames: `Ríos ${'abcdef'[i]}`, document: String(50_000_000 + i), territory: '03' });

describe("a field device's provisional event report", () => {
  it("counts only this event's records, flags offline duplicates and tallies the evaluation", () => {
    const records = [
      personCheckIn('ev', person(0), '2026-11-21T09:01:00-05:00'),
      personCheckIn('ev', person(1), '2026-11-21T09:20:00-05:00'),
      personCheckIn('ev', person(0), '2026-11-21T09:40:00-05:00', 'puerta-2'),
      anonymousRecord('ev', 'puerta-1', '2026-11-21T09:05:00-05:00'),
      personCheckIn('otro', person(2), '2026-11-21T09:01:00-05:00'),
      evaluationAt('ev', 5),
      evaluationAt('otro', 1),
    ];
    const report = localEventReport('ev', records, defaultCatalogues);
    expect(report.records).toBe(5);
    expect(report.attendance).toMatchObject({ total: 3, consented: 2, anonymous: 1, duplicatesOfflineAdmitted: 1 });
    expect(report.attendance.arrivals.map((a) => [a.start.slice(11, 16), a.count])).toEqual([['09:00', 2], ['09:15', 1]]);
    // Two people of comuna 03: a small cell, hidden on the door's phone as in any public table.
    expect(report.attendance.breakdowns.territory.cells.find((c) => c.key === '03')?.value).toEqual({ suppressed: true });
    expect(report.attendance.breakdowns.territory.base).toBe(2);
    expect(report.satisfaction).toMatchObject({ responses: 1, mean: 5 });
  });
});
