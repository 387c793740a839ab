import { describe, expect, it } from 'vitest';
import { defaultCatalogues } from '../../../../src/core/catalogues';
import { attendanceFactsOf } from '../../../../src/core/indicators/adapters';
import { aggregateEventAttendance } from '../../../../src/core/indicators/event-attendance';
import type { ValidRecord } from '../../../../src/core/records/envelope';

let n = 0;
const id = () => `0190f0f0-0000-7000-8000-${String(++n).padStart(12, '0')}`;
const record = (kind: string, schemaVersion: number, payload: Record<string, unknown>, deviceId = 'puerta-1', createdAt = '2026-11-21T09:00:00-05:00'): ValidRecord => ({
  id: id(),
  kind,
  schemaVersion,
  deviceId,
  createdAt,
  payload,
});
const v2 = (checkedInAt: string, over: Record<string, unknown> = {}, deviceId = 'puerta-1') =>
  record('attendance.entry', 2, {
    eventId: 'ev',
    method: 'cedula',
    checkedInAt,
    firstNames: 'Ana',
    surnames: 'Peña',
    document: { type: 'CC', number: '43123456' },
    territory: '03',
    consent: { accepted: true, textVersion: '2026-1' },
    ...over,
  }, deviceId);

describe('attendanceFactsOf', () => {
  it('reads every variable of a version 2 entry under its indicator name', () => {
    const [facts] = attendanceFactsOf([
      v2('2026-11-21T09:10:00-05:00', {
        sexAtBirth: 'mujer',
        genderIdentity: 'mujer_trans',
        sexualOrientation: 'lesbiana',
        lifeStage: 'adultez',
        ethnicity: 'raizal',
        disabilities: ['visual'],
        differentialGroups: ['victima', 'migrante'],
        organisation: { type: 'jac', name: 'JAC Manrique' },
        accessibilityNeeds: ['interprete_lsc'],
        consent: { accepted: true, textVersion: '2026-1', sensitiveData: true },
      }),
    ]);
    expect(facts).toEqual({
      eventId: 'ev',
      checkedInAt: '2026-11-21T09:10:00-05:00',
      consented: true,
      territory: '03',
      sex: 'mujer',
      genderIdentity: 'mujer_trans',
      sexualOrientation: 'lesbiana',
      lifeStage: 'adultez',
      ethnicGroup: 'raizal',
      disabilities: ['visual'],
      differentialGroups: ['victima', 'migrante'],
      organisationType: 'jac',
      accessibilityNeeds: ['interprete_lsc'],
    });
  });

  it('derives the life stage from the birth date on the day of the check-in, only with the catalogue', () => {
    // 18 on 21 November 2026: juventud (18–28); still 17 the day before.
    const entry = v2('2026-11-21T09:10:00-05:00', { birthDate: '2008-11-21' });
    const before = v2('2026-11-20T09:10:00-05:00', { birthDate: '2008-11-21' });
    const withCatalogue = attendanceFactsOf([entry, before], { lifeStages: defaultCatalogues.lifeStages });
    expect(withCatalogue.map((f) => f.lifeStage)).toEqual(['juventud', 'adolescencia']);
    expect(attendanceFactsOf([entry])[0]!.lifeStage).toBeUndefined();
  });

  it('takes a version 1 entry as consented, with its creation time as check-in', () => {
    const old = record('attendance.entry', 1, { eventId: 'ev', fullName: 'Luis Mosquera', document: { type: 'CC', number: '1020304050' }, territory: '08', consent: { accepted: true, textVersion: '2026-1' } }, 'vieja', '2026-11-21T10:00:00-05:00');
    expect(attendanceFactsOf([old])).toEqual([expect.objectContaining({ eventId: 'ev', checkedInAt: '2026-11-21T10:00:00-05:00', consented: true, territory: '08', sex: undefined })]);
  });

  it('reads nothing about an anonymous count but its event and time', () => {
    const anonymous = record('attendance.anonymous', 1, { eventId: 'ev', method: 'manual', checkedInAt: '2026-11-21T09:20:00-05:00', territory: '03' });
    expect(attendanceFactsOf([anonymous])).toEqual([{ eventId: 'ev', checkedInAt: '2026-11-21T09:20:00-05:00', consented: false }]);
  });

  it('flags the later check-in of one person by two offline devices, whatever the input order, and skips other kinds', () => {
    const late = v2('2026-11-21T09:30:00-05:00', { document: { type: 'CC', number: '43.123.456' } }, 'puerta-2');
    const early = v2('2026-11-21T09:05:00-05:00');
    const registration = record('attendance.registration', 1, { eventId: 'ev', fullName: 'Ana Peña' });
    const facts = attendanceFactsOf([late, registration, early]);
    expect(facts.map((f) => [f.checkedInAt, f.duplicateOfflineAdmitted ?? false])).toEqual([
      ['2026-11-21T09:30:00-05:00', true],
      ['2026-11-21T09:05:00-05:00', false],
    ]);
    const summary = aggregateEventAttendance('ev', facts);
    expect([summary.total, summary.duplicatesOfflineAdmitted]).toEqual([1, 1]);
  });

  it('marks every check-in of a person but the first, per event, as the attendance list does', () => {
    const first = v2('2026-11-21T09:01:00-05:00', {}, 'a');
    const second = v2('2026-11-21T09:02:00-05:00', {}, 'b');
    const third = v2('2026-11-21T09:03:00-05:00', {}, 'c');
    const otherEvent = v2('2026-11-21T09:00:00-05:00', { eventId: 'otro' }, 'd');
    const someoneElse = v2('2026-11-21T08:00:00-05:00', { document: { type: 'CC', number: '99999999' } }, 'a');
    const undocumented = [1, 2].map(() => v2('2026-11-21T09:00:00-05:00', { document: { type: 'SD' } }));
    const facts = attendanceFactsOf([third, otherEvent, second, someoneElse, first, ...undocumented]);
    expect(facts.map((f) => f.duplicateOfflineAdmitted ?? false)).toEqual([true, false, true, false, false, false, false]);
  });
});
