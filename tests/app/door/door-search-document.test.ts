import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DeviceContext } from '../../../src/app/device/device-context';
import type { CabildoDatabase } from '../../../src/app/storage/database';
import { saveRecord } from '../../../src/app/storage/save-record';
import { openDoorSession, type DoorSession } from '../../../src/app/state/door/door-session';
import { searchDoor } from '../../../src/app/state/door/door-search';
import { pullOnce } from '../../../src/app/sync/pull';
import { documentDigest } from '../../../src/core/attendance/document-digest';
import type { PullResponse } from '../../../src/core/sync/pull';
import { deviceFor, freshDatabase } from '../fixtures';
import { asLatin1String, syntheticCedula } from '../../support/cedula-fixtures';
import { EVENT_ID, attendeeId, catalogues } from './door-fixtures';

let db: CabildoDatabase;
let device: DeviceContext;
const ANA = attendeeId(1);
const LUIS = attendeeId(2);
const ROSA = attendeeId(3);
const LUZ = attendeeId(5);

const row = (id: string, displayName: string, digest: string | undefined) => ({
  attendeeId: id,
  eventId: EVENT_ID,
  displayName,
  registeredAt: '2026-11-20T18:00:00-05:00',
  accessibilityNeeds: [],
  pass: `CAB1.claims.${id.slice(-6)}`,
  ...(digest ? { documentDigest: digest } : {}),
});

// As the server sends it: digests only, no answers (a check-in refers to the registration).
const page: PullResponse = {
  cursor: 'c1',
  events: [],
  attendees: [
    row(ANA, 'Ana María Peña Ríos', documentDigest(EVENT_ID, 'CC', '43123456')),
    row(LUZ, 'Luz Marina Peña Álvarez', documentDigest(EVENT_ID, 'CC', '1037482915')),
    row(LUIS, 'Luis Gómez', documentDigest(EVENT_ID, 'TI', '1002003004')),
    row(ROSA, 'Rosa Caicedo', undefined),
  ],
  checkIns: [],
  serverTime: '2026-11-21T15:00:00.000Z',
};

async function session(): Promise<DoorSession> {
  return openDoorSession(EVENT_ID, { db, deviceId: device.deviceId, catalogues, now: device.now, save: (draft) => saveRecord(db, device, draft) });
}
const search = (door: DoorSession, query: string) => searchDoor(door, query, door.index().all());
const found = (door: DoorSession, query: string) => search(door, query).map((hit) => hit.kind === 'attendee' && hit.attendeeId);

beforeEach(async () => {
  db = freshDatabase('door-search-document');
  device = await deviceFor(db, { now: () => new Date('2026-11-21T15:00:00Z') });
  // Through the real pull client, so its response schema must let the digest through.
  const fetch = (async () => Response.json(page)) as typeof globalThis.fetch;
  expect(await pullOnce({ db, fetch, catalogues, now: device.now })).toMatchObject({ kind: 'pulled', applied: { attendees: 4 } });
});
afterEach(() => db.close());

describe('door search by document of pre-registered people', () => {
  it('keeps the digest on the device, never the number', async () => {
    const luis = await db.attendees.get(LUIS);
    expect(luis?.documentDigest).toBe(documentDigest(EVENT_ID, 'TI', '1002003004'));
    expect(JSON.stringify(luis)).not.toContain('1002003004');
  });

  it('finds the person by the whole number however it is typed, whatever document type they registered', async () => {
    const door = await session();
    expect(found(door, '43.123.456')).toEqual([ANA]);
    expect(found(door, ' 43 123 456')).toEqual([ANA]);
    expect(found(door, '1002003004')).toEqual([LUIS]); // a TI, typed with no type chosen
    expect(search(door, '43123456')[0]).toMatchObject({ kind: 'attendee', name: 'Ana María Peña Ríos', checkedIn: undefined });
  });

  it('finds nobody for part of a number or a number nobody registered; name search is unchanged', async () => {
    const door = await session();
    expect(found(door, '4312345')).toEqual([]);
    expect(found(door, '99999999')).toEqual([]);
    expect(found(door, 'luis')).toEqual([LUIS]);
    expect(found(door, 'caicedo rosa')).toEqual([ROSA]);
  });

  it('admits the pre-registered person when the number is typed with Enter, once: the next time is yellow', async () => {
    const door = await session();
    expect(await door.byDocument('43.123.456')).toMatchObject({ kind: 'admitted', name: 'Ana María Peña Ríos', method: 'manual' });
    const [record] = await db.records.toArray();
    expect(record?.payload).toMatchObject({ attendeeId: ANA, method: 'manual' });
    expect(search(door, '43123456')[0]).toMatchObject({ kind: 'attendee', attendeeId: ANA, checkedIn: { attendeeId: ANA } });
    expect(await door.byDocument('43123456')).toMatchObject({ kind: 'already', thisDevice: true });
    expect(await db.records.count()).toBe(1);
  });

  it('lists both rows of a person who pre-registered twice, and Enter then leaves the choice to staff', async () => {
    const again = attendeeId(4);
    const twice = { ...page, cursor: 'c2', attendees: [row(again, 'Luis Gómez Arango', documentDigest(EVENT_ID, 'TI', '1.002.003.004'))] };
    await pullOnce({ db, fetch: (async () => Response.json(twice)) as typeof globalThis.fetch, catalogues, now: device.now });
    const door = await session();
    expect(found(door, '1002003004')).toEqual([LUIS, again]);
    expect(await door.byDocument('1002003004')).toMatchObject({ kind: 'form', why: 'manual' });
    expect(await db.records.count()).toBe(0);
  });

  it('admits that attendee (not a walk-in) by their registration, with no form', async () => {
    const door = await session();
    expect(await door.byDocument('1.002.003.004')).toMatchObject({ kind: 'admitted', name: 'Luis Gómez' });
    expect((await db.records.toArray()).map((r) => [r.kind, (r.payload as { attendeeId?: string }).attendeeId])).toEqual([['attendance.registered', LUIS]]);
  });

  it("admits a pre-registered person by their cédula barcode (digest lookup), not as a new walk-in", async () => {
    const door = await session();
    const cedula = asLatin1String(syntheticCedula());
    expect(await door.scan(cedula, 'camera')).toMatchObject({ kind: 'admitted', name: 'Luz Marina Peña Álvarez', method: 'cedula' });
    const records = await db.records.toArray();
    expect(records.map((r) => [r.kind, r.payload])).toEqual([
      ['attendance.registered', { eventId: EVENT_ID, method: 'cedula', attendeeId: LUZ, checkedInAt: expect.any(String) }],
    ]);
    expect(await door.scan(cedula, 'reader')).toMatchObject({ kind: 'already', thisDevice: true, name: 'Luz Marina Peña Álvarez' });
  });
});
