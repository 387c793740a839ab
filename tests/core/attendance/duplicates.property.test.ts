import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkInVerdict, compareCheckIns, identityKey, identityText, resolveAttendance, type CheckIn } from '../../../src/core/attendance/duplicates';

// Few people, events, devices and instants, so that collisions (duplicates, ties) are common.
const checkInArb = fc.record({
  deviceId: fc.constantFrom('puerta-1', 'puerta-2', 'puerta-3'),
  eventId: fc.constantFrom('e1', 'e2'),
  minute: fc.integer({ min: 0, max: 20 }),
  offset: fc.constantFrom('-05:00', 'Z'),
  who: fc.oneof(
    fc.record({ attendeeId: fc.constantFrom('a1', 'a2', 'a3') }),
    fc.record({ document: fc.record({ type: fc.constantFrom('CC', 'TI'), number: fc.constantFrom('43123456', '43.123.456', '0043123456', '98765') }) }),
    fc.constant({ document: { type: 'SD' } }),
    fc.constant({}),
  ),
});

const checkInsArb = fc.uniqueArray(fc.tuple(fc.uuid(), checkInArb), { selector: ([id]) => id, maxLength: 60 }).map((rows) =>
  rows.map(
    ([id, row]): CheckIn => ({
      id,
      deviceId: row.deviceId,
      eventId: row.eventId,
      checkedInAt: `2026-11-21T10:${String(row.minute).padStart(2, '0')}:00${row.offset}`,
      ...row.who,
    }),
  ),
);

const slotOf = (c: CheckIn) => {
  const key = identityKey(c);
  return key === undefined ? undefined : `${c.eventId}|${key}`;
};

describe('duplicate rules (properties)', () => {
  it('gives each identity of an event exactly one attendance, and every unidentified check-in one', () => {
    fc.assert(
      fc.property(checkInsArb, (checkIns) => {
        const { checkIns: resolved } = resolveAttendance(checkIns);
        const byId = new Map(checkIns.map((c) => [c.id, c]));
        const attendancesPerSlot = new Map<string, number>();
        for (const r of resolved) {
          const slot = slotOf(byId.get(r.id)!);
          if (slot === undefined) expect(r.status).toBe('attendance');
          else if (r.status === 'attendance') attendancesPerSlot.set(slot, (attendancesPerSlot.get(slot) ?? 0) + 1);
        }
        const slots = new Set(checkIns.map(slotOf).filter((s) => s !== undefined));
        expect(attendancesPerSlot.size).toBe(slots.size);
        for (const n of attendancesPerSlot.values()) expect(n).toBe(1);
      }),
    );
  });

  it('loses nothing: attendances + duplicates = check-ins, each id once', () => {
    fc.assert(
      fc.property(checkInsArb, (checkIns) => {
        const result = resolveAttendance(checkIns);
        expect(result.attendances + result.duplicates).toBe(checkIns.length);
        expect(result.checkIns.map((r) => r.id).sort()).toEqual(checkIns.map((c) => c.id).sort());
      }),
    );
  });

  it('does not depend on the order the server received the check-ins in', () => {
    fc.assert(
      fc.property(
        checkInsArb.chain((checkIns) => fc.tuple(fc.constant(checkIns), fc.shuffledSubarray(checkIns, { minLength: checkIns.length, maxLength: checkIns.length }))),
        ([checkIns, shuffled]) => {
          expect(resolveAttendance(shuffled)).toEqual(resolveAttendance(checkIns));
        },
      ),
    );
  });

  it('points each duplicate at the earliest check-in of the same person', () => {
    fc.assert(
      fc.property(checkInsArb, (checkIns) => {
        const byId = new Map(checkIns.map((c) => [c.id, c]));
        for (const r of resolveAttendance(checkIns).checkIns.filter((x) => x.status === 'duplicate_admitted_offline')) {
          const self = byId.get(r.id)!;
          const first = byId.get(r.attendanceId!)!;
          expect(slotOf(first)).toBe(slotOf(self));
          expect(compareCheckIns(first, self)).toBeLessThan(0);
        }
      }),
    );
  });

  it('agrees with the device: admitting in time order through checkInVerdict keeps exactly the attendances', () => {
    fc.assert(
      fc.property(checkInsArb, (checkIns) => {
        const admitted: CheckIn[] = [];
        for (const candidate of [...checkIns].sort(compareCheckIns)) {
          if (checkInVerdict(admitted, candidate).verdict === 'admitted') admitted.push(candidate);
        }
        const attendances = resolveAttendance(checkIns).checkIns.filter((r) => r.status === 'attendance').map((r) => r.id);
        expect(admitted.map((c) => c.id)).toEqual(attendances);
      }),
    );
  });

  it('groups by identityText exactly as by identityKey, without hashing (the period report groups a year by it)', () => {
    fc.assert(
      fc.property(checkInsArb, (checkIns) => {
        for (const a of checkIns) {
          expect(identityText(a) === undefined).toBe(identityKey(a) === undefined);
          for (const b of checkIns) {
            if (identityKey(a) === undefined || identityKey(b) === undefined || a.eventId !== b.eventId) continue;
            expect(identityText(a) === identityText(b)).toBe(identityKey(a) === identityKey(b));
          }
        }
      }),
    );
  });
});
