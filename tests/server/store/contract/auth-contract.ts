import { describe, expect, it } from 'vitest';
import { randomInt } from 'node:crypto';
import { incoming, RECEIVED_AT, uniqueId, type StoreContext } from '../support/store-context';
import { newId } from '../../events/fixtures';

const AT = '2026-11-21T15:00:00.000Z';

export function authContract(ctx: StoreContext): void {
  describe('auth store', () => {
    it('stores a user once per email', async () => {
      const id = uniqueId('usuario');
      const user = { id, email: `${id}@example.org`, name: 'Ana', role: 'planeacion', passwordHash: 'scrypt$x', disabledAt: null, createdAt: AT } as const;
      expect(await ctx.stores().auth.createUser(user)).toBe(true);
      expect(await ctx.stores().auth.createUser({ ...user, id: uniqueId('otro') })).toBe(false);
      expect(await ctx.stores().auth.userByEmail(user.email)).toMatchObject({ id, role: 'planeacion' });
    });

    it('reads the audit entries of one target, oldest first', async () => {
      const { auth } = ctx.stores();
      const target = uniqueId('compromiso');
      const entry = (id: string, at: string, action: string, entryTarget: string | null) =>
        auth.appendAudit({ id, at, actorType: 'user', actorId: 'u-1', action, target: entryTarget, outcome: 'ok', details: { percent: 10 } });
      await entry(uniqueId('a2'), '2026-11-21T15:00:02.000Z', 'commitment.update', target);
      await entry(uniqueId('a1'), '2026-11-21T15:00:01.000Z', 'commitment.create', target);
      await entry(uniqueId('a3'), '2026-11-21T15:00:03.000Z', 'commitment.create', uniqueId('otro'));
      const entries = await auth.auditOf(target, 10);
      expect(entries.map((e) => e.action)).toEqual(['commitment.create', 'commitment.update']);
      expect(entries[0]).toMatchObject({ target, details: { percent: 10 } });
      expect(await auth.auditOf(target, 1)).toHaveLength(1);
    });

    it('renames an enrolled device, and says so when there is no such device', async () => {
      const { auth } = ctx.stores();
      const deviceId = uniqueId('tableta');
      const tokenHash = uniqueId('token-hash');
      await auth.addEnrollment({ tokenHash, label: 'Tableta 1', eventIds: [], createdBy: 'user:x', createdAt: AT, expiresAt: '2026-11-21T15:10:00.000Z' });
      expect(await auth.enroll(tokenHash, { deviceId, secretHash: 'h' }, AT)).toMatchObject({ deviceId, label: 'Tableta 1' });
      expect(await auth.relabelDevice(deviceId, 'Puerta norte')).toBe(true);
      expect((await auth.deviceById(deviceId))?.label).toBe('Puerta norte');
      expect(await auth.relabelDevice(uniqueId('no-existe'), 'Otra')).toBe(false);
    });

    it('counts rate-limit hits in the database, so every process sees the same window', async () => {
      const second = await ctx.openAnother();
      const bucket = uniqueId('ip');
      const hits = await Promise.all(Array.from({ length: 10 }, (_, i) => (i % 2 === 0 ? ctx.stores() : second).auth.hit(bucket, AT)));
      expect([...hits].sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    });

    it('finds a person\'s records, those linked to their registration and their conflicting versions, and rewrites them', async () => {
      const { auth, sync } = ctx.stores();
      const person = String(randomInt(1_000_000, 999_999_999));
      const registration = incoming({ eventId: 'e', fullName: 'Luis Mosquera', document: { type: 'CC', number: person } }, { id: newId(), kind: 'attendance.registration' });
      const checkIn = incoming({ eventId: 'e', firstNames: 'Luis', documentNumber: person }, { id: newId() });
      const byPass = incoming({ eventId: 'e', method: 'pass', attendeeId: registration.id, firstNames: 'Luis' }, { id: newId() });
      const answer = incoming({ eventId: 'e', formId: 'f', personKey: `attendee:${registration.id}`, answers: {} }, { id: newId(), kind: 'form.submission' });
      // Look-alikes: a longer number that contains this one, and another person's record.
      const other = incoming({ eventId: 'e', document: { type: 'CC', number: `${person}1` } }, { id: newId() });
      expect(await sync.writeBatch([registration, checkIn, byPass, answer, other], RECEIVED_AT)).toEqual(Array(5).fill('accepted'));
      const retyped = incoming({ eventId: 'e', firstNames: 'Luís', documentNumber: person }, { id: checkIn.id });
      const otherRetyped = incoming({ eventId: 'e', document: { type: 'CC', number: `${person}1` }, firstNames: 'Ana' }, { id: other.id });
      expect(await sync.writeBatch([retyped, otherRetyped], RECEIVED_AT)).toEqual(['conflict', 'conflict']);

      const records = await auth.personRecords(person);
      expect(records.map((r) => r.id).sort()).toEqual([registration.id, checkIn.id, byPass.id, answer.id].sort());
      const conflicts = await auth.personConflicts(person, records.map((r) => r.id));
      expect(conflicts).toEqual([
        { seq: expect.any(Number), recordId: checkIn.id, receivedAt: RECEIVED_AT, version: expect.objectContaining({ deviceId: 'tableta-1', payload: { eventId: 'e', firstNames: 'Luís', documentNumber: person } }) },
      ]);

      await auth.replaceConflictContents([{ seq: conflicts[0]!.seq, content: JSON.stringify({ ...conflicts[0]!.version, payload: { eventId: 'e' } }) }]);
      await auth.replacePayloads(records.map((r) => ({ id: r.id, payload: { eventId: 'e' } })));
      expect(await auth.personRecords(person)).toEqual([]);
      expect(await auth.personConflicts(person, [])).toEqual([]);
      expect((await auth.personConflicts(`${person}1`, [other.id])).map((c) => c.version.payload)).toEqual([expect.objectContaining({ firstNames: 'Ana' })]);
      // The rewritten version keeps its hash: the same conflicting version arriving again is not stored twice.
      expect(await sync.writeBatch([retyped], RECEIVED_AT)).toEqual(['conflict']);
      expect(await auth.personConflicts(person, [checkIn.id])).toHaveLength(1);
    });
  });
}
