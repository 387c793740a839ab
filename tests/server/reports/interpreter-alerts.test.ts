import { describe, expect, it } from 'vitest';
import { defaultCatalogues } from '../../../src/core/catalogues/defaults';
import type { EventDocument } from '../../../src/core/events';
import { interpreterAlerts } from '../../../src/server/reports/interpreter-alerts';
import type { StoredRecord } from '../../../src/server/store/stored-record';

/**
 * The dashboard's Ley 982 alert reads only the people who asked for something (a year of check-ins is not
 * keyed one by one): the same person asking at registration, with the pass and again by document still
 * counts once, an undone check-in not at all, and the thousands who asked nothing change nothing.
 */
let seq = 0;
const record = (kind: string, payload: Record<string, unknown>, deviceId = 'puerta-1'): StoredRecord => {
  seq += 1;
  return { seq, id: `r-${seq}`, kind, schemaVersion: kind === 'attendance.entry' ? 2 : 1, deviceId, createdAt: '2027-03-01T09:00:00-05:00', receivedAt: '2027-03-01T14:00:00Z', payload };
};
const entry = (eventId: string, number: string, needs?: string[]) =>
  record('attendance.entry', {
    eventId,
    method: 'cedula',
    checkedInAt: '2027-03-01T09:10:00-05:00',
    document: { type: 'CC', number },
    consent: { accepted: true, textVersion: '2026-1' },
    ...(needs ? { accessibilityNeeds: needs } : {}),
  });
const event = (id: string, name: string) => ({ id, name, lscInterpreterBooked: false }) as EventDocument;
const events = new Map([event('e-1', 'Audiencia uno'), event('e-2', 'Audiencia dos')].map((e) => [e.id, e]));
const LSC = ['interprete_lsc'];

describe('interpreterAlerts', () => {
  it('counts each person who asked once, leaves out undone check-ins, and lists events in id order', () => {
    const registration = record('attendance.registration', { eventId: 'e-2', document: { type: 'CC', number: '1000' }, accessibilityNeeds: LSC });
    const withPass = record('attendance.registered', { eventId: 'e-2', attendeeId: registration.id, checkedInAt: '2027-03-01T09:05:00-05:00', method: 'qr' });
    const undone = entry('e-2', '2000', LSC);
    const records = [
      registration,
      withPass,
      // The registered person again, typed in by document at another door.
      entry('e-2', '1.000', LSC),
      undone,
      record('attendance.undo', { eventId: 'e-2', checkInId: undone.id, undoneAt: '2027-03-01T09:11:00-05:00' }),
      ...Array.from({ length: 8 }, (_, i) => entry('e-2', String(3000 + i), LSC)),
      ...Array.from({ length: 10 }, (_, i) => entry('e-1', String(4000 + i), LSC)),
      ...Array.from({ length: 500 }, (_, i) => entry(i % 2 === 0 ? 'e-1' : 'e-2', String(5000 + i))),
    ];
    // e-2: the registered person (once) and eight others are nine, one short of the threshold.
    expect(interpreterAlerts(records, events, defaultCatalogues.accessibilityNeeds)).toEqual([{ eventId: 'e-1', name: 'Audiencia uno', people: 10, booked: false }]);
    const tenth = entry('e-2', '9999', LSC);
    expect(interpreterAlerts([...records, tenth], events, defaultCatalogues.accessibilityNeeds)).toEqual([
      { eventId: 'e-1', name: 'Audiencia uno', people: 10, booked: false },
      { eventId: 'e-2', name: 'Audiencia dos', people: 10, booked: false },
    ]);
  });
});
