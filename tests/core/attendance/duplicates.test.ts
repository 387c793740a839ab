import { describe, expect, it } from 'vitest';
import { checkInOfRecord } from '../../../src/core/attendance/check-in-of-record';
import { checkInVerdict, identityKey, identityOfKey, resolveAttendance, type CheckIn } from '../../../src/core/attendance/duplicates';
import { documentDigest } from '../../../src/core/attendance/document-digest';
import { validateRecord } from '../../../src/core/records/kind-registry';
import { recordKinds } from '../../../src/core/records/registry';
import { catalogues, envelope, fullEntry, idAt } from './fixtures';

const attendee = idAt(1_763_000_000_000, 9);
const checkIn = (over: Partial<CheckIn>): CheckIn => ({
  id: idAt(1_763_700_000_000, 1),
  deviceId: 'puerta-1',
  eventId: 'atril-comuna-3',
  checkedInAt: '2026-11-21T10:00:00-05:00',
  ...over,
});

describe('identity of a check-in', () => {
  const e = 'atril-comuna-3';
  it('is the attendee of a pass first, then the per-event digest of the normalised document, else none', () => {
    expect(identityKey({ eventId: e, attendeeId: attendee, document: { type: 'CC', number: '1' } })).toBe(`attendee:${attendee}`);
    expect(identityKey({ eventId: e, document: { type: 'cc', number: '43.123.456' } })).toBe(`document:${documentDigest(e, 'CC', '43123456')}`);
    expect(identityKey({ eventId: e, document: { type: 'CC', number: '0043123456' } })).toBe(identityKey({ eventId: e, document: { type: 'CC', number: '43 123 456' } }));
    expect(identityKey({ eventId: e, document: { type: 'TI', number: '43123456' } })).not.toBe(identityKey({ eventId: e, document: { type: 'CC', number: '43123456' } }));
    expect(identityKey({ eventId: 'otro', document: { type: 'CC', number: '43123456' } })).not.toBe(identityKey({ eventId: e, document: { type: 'CC', number: '43123456' } }));
    expect(identityKey({ eventId: e, document: { type: 'SD' } })).toBeUndefined();
    expect(identityKey({ eventId: e, document: { type: 'CC' } })).toBeUndefined();
    expect(identityKey({ eventId: e })).toBeUndefined();
  });

  it('never spells the document number, and a pulled digest keys the same person', () => {
    const key = identityKey({ eventId: e, document: { type: 'CC', number: '43123456' } })!;
    expect(key).not.toContain('43123456');
    expect(identityOfKey(key)).toEqual({ documentDigest: documentDigest(e, 'CC', '43123456') });
    expect(identityKey({ eventId: e, ...identityOfKey(key) })).toBe(key);
    expect(identityOfKey(`attendee:${attendee}`)).toEqual({ attendeeId: attendee });
  });
});

describe('checkInVerdict on one device', () => {
  const first = checkIn({ id: idAt(1_763_700_000_000, 1), document: { type: 'CC', number: '43123456' } });
  const earlierElsewhere = checkIn({ id: idAt(1_763_690_000_000, 2), deviceId: 'puerta-2', checkedInAt: '2026-11-21T09:00:00-05:00', document: { type: 'CC', number: '43.123.456' } });

  it('admits a person not yet on the list', () => {
    expect(checkInVerdict([], checkIn({ document: { type: 'CC', number: '1234' } }))).toEqual({ verdict: 'admitted' });
  });

  it('says when and where the person was already checked in (the earliest check-in)', () => {
    const candidate = checkIn({ id: idAt(1_763_710_000_000, 3), document: { type: 'CC', number: '0043123456' } });
    expect(checkInVerdict([first, earlierElsewhere], candidate)).toEqual({
      verdict: 'already_checked_in',
      at: '2026-11-21T09:00:00-05:00',
      deviceId: 'puerta-2',
      checkInId: earlierElsewhere.id,
    });
  });

  it('admits the same person at another event, an undocumented walk-in, and ignores the check-in itself', () => {
    expect(checkInVerdict([first], { ...first, id: idAt(1, 4), eventId: 'otro-evento' }).verdict).toBe('admitted');
    expect(checkInVerdict([checkIn({ document: { type: 'SD' } })], checkIn({ id: idAt(2, 5), document: { type: 'SD' } })).verdict).toBe('admitted');
    expect(checkInVerdict([first], first).verdict).toBe('admitted');
  });

  it('matches a pass by attendee, not by document', () => {
    const byPass = checkIn({ attendeeId: attendee });
    expect(checkInVerdict([byPass], checkIn({ id: idAt(3, 6), attendeeId: attendee })).verdict).toBe('already_checked_in');
  });
});

describe('resolveAttendance on the server', () => {
  it('keeps the first check-in by device time as the attendance and marks the rest, deleting nothing', () => {
    const a = checkIn({ id: idAt(10, 1), deviceId: 'puerta-1', checkedInAt: '2026-11-21T10:05:00-05:00', document: { type: 'CC', number: '43123456' } });
    // 14:59Z is 09:59 in Colombia: earlier than a, whatever the text says
    const b = checkIn({ id: idAt(11, 2), deviceId: 'puerta-2', checkedInAt: '2026-11-21T14:59:00Z', document: { type: 'CC', number: '43.123.456' } });
    const walkIn = checkIn({ id: idAt(12, 3), checkedInAt: '2026-11-21T10:10:00-05:00', document: { type: 'SD' } });
    const result = resolveAttendance([a, b, walkIn]);
    expect(result).toEqual({
      checkIns: [
        { id: b.id, eventId: b.eventId, identity: `document:${documentDigest(a.eventId, 'CC', '43123456')}`, status: 'attendance' },
        { id: a.id, eventId: a.eventId, identity: `document:${documentDigest(a.eventId, 'CC', '43123456')}`, status: 'duplicate_admitted_offline', attendanceId: b.id },
        { id: walkIn.id, eventId: walkIn.eventId, identity: null, status: 'attendance' },
      ],
      attendances: 2,
      duplicates: 1,
    });
  });

  it('breaks a tie in device time by id', () => {
    const x = checkIn({ id: idAt(20, 2), attendeeId: attendee });
    const y = checkIn({ id: idAt(20, 1), attendeeId: attendee });
    expect(resolveAttendance([x, y]).checkIns[0]?.id).toBe(y.id);
  });
});

describe('checkInOfRecord', () => {
  const registry = recordKinds(catalogues);
  const valid = (kind: string, version: number, payload: unknown) => {
    const result = validateRecord(registry, envelope(kind, version, payload));
    if (!result.ok) throw new Error(JSON.stringify(result.problem));
    return result.value;
  };

  it('reads v2 entries, v1 entries (creation time stands in) and anonymous counts', () => {
    expect(checkInOfRecord(valid('attendance.entry', 2, fullEntry))).toMatchObject({
      eventId: 'atril-comuna-3',
      checkedInAt: fullEntry.checkedInAt,
      document: { type: 'CC', number: '43123456' },
    });
    const v1 = checkInOfRecord(
      valid('attendance.entry', 1, { eventId: 'e1', fullName: 'Ana Peña', document: { type: 'CC', number: '431' }, territory: '03', consent: { accepted: true, textVersion: '2026-1' } }),
    );
    expect(v1).toMatchObject({ eventId: 'e1', checkedInAt: '2026-11-21T10:00:00-05:00', deviceId: 'puerta-1' });
    expect(identityKey(v1!)).toBe(`document:${documentDigest('e1', 'CC', '431')}`);
    const anonymous = checkInOfRecord(valid('attendance.anonymous', 1, { eventId: 'e1', method: 'manual', checkedInAt: '2026-11-21T10:01:00-05:00' }));
    expect(anonymous && identityKey(anonymous)).toBeUndefined();
  });
});
