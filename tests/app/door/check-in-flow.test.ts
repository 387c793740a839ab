import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DeviceContext } from '../../../src/app/device/device-context';
import type { CabildoDatabase } from '../../../src/app/storage/database';
import { saveRecord } from '../../../src/app/storage/save-record';
import { openDoorSession, type DoorSession } from '../../../src/app/state/door/door-session';
import { asLatin1String, syntheticCedula } from '../../support/cedula-fixtures';
import { deviceFor, freshDatabase } from '../fixtures';
import { EVENT_ID, attendeeId, catalogues, passFor, pulledAttendee, serverKeys, storeSigningKey } from './door-fixtures';

let db: CabildoDatabase;
let device: DeviceContext;
let keys: Awaited<ReturnType<typeof serverKeys>>;
const ANA = attendeeId(1);
const LUIS = attendeeId(2);
const NOT_PULLED = attendeeId(3);

async function session(): Promise<DoorSession> {
  return openDoorSession(EVENT_ID, { db, deviceId: device.deviceId, catalogues, now: device.now, save: (draft) => saveRecord(db, device, draft) });
}

beforeEach(async () => {
  db = freshDatabase('door-flow');
  device = await deviceFor(db, { now: () => new Date('2026-11-21T15:00:00Z') });
  keys = await serverKeys();
  await storeSigningKey(db, keys.publicKey);
  await db.attendees.bulkPut([pulledAttendee(ANA, 'Ana María Peña Ríos', { accessibilityNeeds: ['interprete_lsc'] }), pulledAttendee(LUIS, 'Luis Gómez')]);
});
afterEach(() => db.close());

describe('door check-in decision', () => {
  it('admits a valid pass once, saving a check-in that refers to the registration and its outbox entry; the second scan is yellow from this device', async () => {
    const door = await session();
    const pass = await passFor(keys, ANA);

    const first = await door.scan(pass, 'camera');
    expect(first).toMatchObject({ kind: 'admitted', name: 'Ana María Peña Ríos', method: 'pass' });
    const records = await db.records.toArray();
    expect(records).toHaveLength(1);
    expect(records[0]).toMatchObject({ kind: 'attendance.registered', schemaVersion: 1, syncState: 'pending', eventId: EVENT_ID });
    // No personal data on the door phone: the registration's answers are joined on the server.
    expect(records[0]!.payload).toEqual({ eventId: EVENT_ID, method: 'pass', attendeeId: ANA, checkedInAt: expect.any(String) });
    expect(await db.outbox.count()).toBe(1);

    const second = await door.scan(pass, 'camera');
    expect(second).toMatchObject({ kind: 'already', thisDevice: true, deviceId: device.deviceId, name: 'Ana María Peña Ríos' });
    expect(await db.records.count()).toBe(1);
  });

  it('is yellow for a person another device admitted, once that check-in was pulled', async () => {
    await db.remoteCheckIns.put({
      id: attendeeId(40),
      eventId: EVENT_ID,
      identityKey: `attendee:${ANA}`,
      checkedInAt: '2026-11-21T09:58:00-05:00',
      deviceId: 'tablet-2',
      displayName: 'Ana María Peña Ríos',
      method: 'pass',
    });
    const door = await session();
    const outcome = await door.scan(await passFor(keys, ANA), 'camera');
    expect(outcome).toEqual({ kind: 'already', name: 'Ana María Peña Ríos', at: '2026-11-21T09:58:00-05:00', deviceId: 'tablet-2', thisDevice: false });
    expect(await db.records.count()).toBe(0);
  });

  it('names the other device by the name the office gave it, as pulled; an unknown device stays unnamed', async () => {
    await db.remoteCheckIns.bulkPut([
      { id: attendeeId(41), eventId: EVENT_ID, identityKey: `attendee:${ANA}`, checkedInAt: '2026-11-21T09:58:00-05:00', deviceId: 'tablet-2', method: 'pass' },
      { id: attendeeId(42), eventId: EVENT_ID, identityKey: `attendee:${LUIS}`, checkedInAt: '2026-11-21T09:59:00-05:00', deviceId: 'tablet-3', method: 'pass' },
    ]);
    await db.deviceLabels.put({ deviceId: 'tablet-2', label: 'Puerta norte' });
    const door = await session();
    expect(await door.scan(await passFor(keys, ANA), 'camera')).toMatchObject({ kind: 'already', deviceId: 'tablet-2', thisDevice: false, deviceLabel: 'Puerta norte' });
    expect(await door.scan(await passFor(keys, LUIS), 'camera')).not.toHaveProperty('deviceLabel');
  });

  it('refuses forged, other-event and malformed passes with their reason, saving nothing', async () => {
    const door = await session();
    const forger = await serverKeys();
    expect(await door.scan(await passFor(forger, ANA), 'camera')).toMatchObject({ kind: 'rejected', reason: 'pass', problem: { code: 'pass.forged' } });
    expect(await door.scan(await passFor(keys, ANA, 'otro-evento'), 'camera')).toMatchObject({ kind: 'rejected', reason: 'pass', problem: { code: 'pass.wrong_event' } });
    expect(await door.scan('CAB1.roto', 'camera')).toMatchObject({ kind: 'rejected', reason: 'pass', problem: { code: 'pass.malformed' } });
    expect(await door.scan('https://example.com/promo', 'camera')).toEqual({ kind: 'rejected', reason: 'unrecognised' });
    expect(await db.records.count()).toBe(0);
  });

  it('cannot verify a pass before the device ever got the server key', async () => {
    await db.meta.clear();
    const door = await session();
    expect(await door.scan(await passFor(keys, ANA), 'camera')).toEqual({ kind: 'rejected', reason: 'no_key' });
  });

  it('admits a valid pass with no form even before the attendee was pulled (the server signed it), unnamed', async () => {
    const door = await session();
    expect(await door.scan(await passFor(keys, LUIS), 'camera')).toMatchObject({ kind: 'admitted', method: 'pass', name: 'Luis Gómez' });
    expect(await door.scan(await passFor(keys, NOT_PULLED), 'camera')).toMatchObject({ kind: 'admitted', method: 'pass', name: '' });
    expect(await door.scan(await passFor(keys, LUIS), 'camera')).toMatchObject({ kind: 'already', thisDevice: true, name: 'Luis Gómez' });
    expect((await db.records.toArray()).map((r) => r.kind)).toEqual(['attendance.registered', 'attendance.registered']);
  });

  it('undoes the last admission with an undo record (nothing deleted); the person can then be admitted again', async () => {
    const door = await session();
    const pass = await passFor(keys, ANA);
    const first = await door.scan(pass, 'camera');
    if (first.kind !== 'admitted') throw new Error('expected green');
    const undone = await door.undo(first.recordId);
    expect(undone.ok).toBe(true);
    const records = await db.records.toArray();
    expect(records.map((r) => r.kind).sort()).toEqual(['attendance.registered', 'attendance.undo']);
    expect(records.find((r) => r.kind === 'attendance.undo')!.payload).toMatchObject({ eventId: EVENT_ID, checkInId: first.recordId });
    expect(await door.scan(pass, 'camera')).toMatchObject({ kind: 'admitted' });
    // A door opened afterwards reads the undo from storage too.
    await door.reload();
    expect(door.index().size()).toBe(1);
  });

  it('admits nobody once the server revoked this phone, and says so', async () => {
    const door = await openDoorSession(EVENT_ID, {
      db,
      deviceId: device.deviceId,
      catalogues,
      now: device.now,
      save: (draft) => saveRecord(db, device, draft),
      revoked: () => true,
    });
    expect(await door.scan(await passFor(keys, ANA), 'camera')).toEqual({ kind: 'rejected', reason: 'revoked' });
    expect(await door.admit(LUIS)).toEqual({ kind: 'rejected', reason: 'revoked' });
    expect(await door.countAnonymous('manual', undefined, 'x')).toEqual({ kind: 'rejected', reason: 'revoked' });
    expect(await db.records.count()).toBe(0);
  });

  it('turns a cédula into a pre-filled form without the blood type, and the same document twice into yellow', async () => {
    const door = await session();
    const text = asLatin1String(syntheticCedula());
    const outcome = await door.scan(text, 'camera');
    expect(outcome).toEqual({
      kind: 'form',
      why: 'cedula',
      prefill: {
        method: 'cedula',
        document: { type: 'CC', number: '1037482915' },
        firstNames: 'Luz Marina',
        surnames: 'Peña Álvarez',
        sexAtBirth: 'mujer',
        birthDate: '1984-07-23',
        lifeStage: 'adultez',
      },
    });
    expect(JSON.stringify(outcome)).not.toMatch(/AB-|58193467|62504918/);
    if (outcome.kind !== 'form') throw new Error('expected the form');
    const { method, ...prefill } = outcome.prefill;
    const saved = await door.savePerson({ ...prefill, method, territory: '05', consent: { accepted: true, textVersion: '2026-1' } }, 'Luz Marina Peña Álvarez');
    expect(saved).toMatchObject({ kind: 'admitted', method: 'cedula' });
    expect(await door.scan(text, 'reader')).toMatchObject({ kind: 'already', thisDevice: true, name: 'Luz Marina Peña Álvarez' });
  });

  it('takes a document number typed with Enter: the form with the number, then yellow whatever the document type', async () => {
    const door = await session();
    expect(await door.byDocument('1.037.482.915')).toEqual({ kind: 'form', why: 'manual', prefill: { method: 'manual', document: { type: 'CC', number: '1037482915' } } });
    const saved = await door.savePerson(
      { method: 'manual', document: { type: 'TI', number: '1037482915' }, firstNames: 'Sara', surnames: 'Mejía', territory: '05', consent: { accepted: true, textVersion: '2026-1' } },
      'Sara Mejía',
    );
    expect(saved).toMatchObject({ kind: 'admitted' });
    expect(await door.byDocument('1037482915')).toMatchObject({ kind: 'already', thisDevice: true, name: 'Sara Mejía' });
    expect(await db.records.count()).toBe(1);
  });

  it('sees a check-in another tab of this device saved after the door opened', async () => {
    const door = await session();
    const other = await saveRecord(db, device, {
      kind: 'attendance.entry',
      schemaVersion: 2,
      payload: { eventId: EVENT_ID, method: 'manual', checkedInAt: '2026-11-21T10:00:00-05:00', firstNames: 'Luis', surnames: 'Gómez', attendeeId: LUIS, territory: '60', consent: { accepted: true, textVersion: '2026-1' } },
    });
    expect(other.ok).toBe(true);
    expect(await door.admit(LUIS)).toMatchObject({ kind: 'already', thisDevice: true });
  });

  it('counts a person who does not authorise, anonymously and never as a duplicate', async () => {
    const door = await session();
    expect(await door.countAnonymous('manual', '03', 'Anónimo')).toMatchObject({ kind: 'admitted', anonymous: true });
    expect(await door.countAnonymous('manual', undefined, 'Anónimo')).toMatchObject({ kind: 'admitted', anonymous: true });
    const records = await db.records.toArray();
    expect(records.map((r) => r.kind)).toEqual(['attendance.anonymous', 'attendance.anonymous']);
    const keys = records.map((r) => Object.keys(r.payload as object).sort().join(','));
    // With a territory, the catalogue version it was chosen from (nothing personal): the listado names it as it was then.
    expect(keys.sort()).toEqual(['catalogueVersion,checkedInAt,eventId,method,territory', 'checkedInAt,eventId,method']);
    expect(records.find((r) => (r.payload as { territory?: string }).territory === '03')?.payload).toMatchObject({ catalogueVersion: 1 });
  });
});
