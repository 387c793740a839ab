import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CabildoDatabase } from '../../../src/app/storage/database';
import { DOOR_META_KEYS } from '../../../src/app/storage/door-tables';
import { pullAll, pullOnce, pullPages } from '../../../src/app/sync/pull';
import type { EventDocument } from '../../../src/core/events';
import type { PullResponse } from '../../../src/core/sync/pull';
import { draft } from '../../core/events/fixtures';
import { freshDatabase } from '../fixtures';
import { EVENT_ID, attendeeId, catalogues } from './door-fixtures';

const event = (revision: number, name = draft.name): EventDocument => ({
  ...draft,
  name,
  id: EVENT_ID,
  revision,
  updatedAt: `2026-11-2${revision}T10:00:00Z`,
});

const attendee = (seed: number, name: string) => ({
  attendeeId: attendeeId(seed),
  eventId: EVENT_ID,
  displayName: name,
  registeredAt: '2026-11-20T18:00:00-05:00',
  accessibilityNeeds: [],
  pass: `CAB1.claims${seed}.signature${seed}`,
});

const checkIn = (seed: number) => ({
  id: attendeeId(50 + seed),
  eventId: EVENT_ID,
  identityKey: `attendee:${attendeeId(seed)}`,
  checkedInAt: '2026-11-21T09:58:00-05:00',
  deviceId: 'tablet-2',
  displayName: 'Alguien',
  method: 'pass' as const,
});

const page = (cursor: string, parts: Partial<PullResponse>): PullResponse => ({
  cursor,
  events: [],
  attendees: [],
  checkIns: [],
  serverTime: '2026-11-21T15:00:00.000Z',
  ...parts,
});

/** A server that answers pulls from a script, keyed by the cursor the device sends. */
function scriptedServer(answers: Record<string, () => Response>) {
  const asked: string[] = [];
  const fetch = async (input: RequestInfo | URL): Promise<Response> => {
    const url = new URL(String(input), 'http://cabildo.test');
    if (url.pathname === '/api/v1/keys/signing') return Response.json({ algorithm: 'Ed25519', publicKey: 'A'.repeat(43) });
    const cursor = url.searchParams.get('cursor') ?? '';
    asked.push(cursor);
    const answer = answers[cursor];
    if (!answer) throw new TypeError('Failed to fetch');
    return answer();
  };
  return { fetch: fetch as typeof globalThis.fetch, asked };
}

let db: CabildoDatabase;
beforeEach(() => {
  db = freshDatabase('pull');
});
afterEach(() => db.close());

const deps = (fetch: typeof globalThis.fetch) => ({ db, fetch, catalogues, now: () => new Date('2026-11-21T15:00:00Z') });
const cursorOf = async () => (await db.meta.get(DOOR_META_KEYS.pullCursor))?.value;

describe('pull client', () => {
  it('applies pages in order, each with its cursor, and sends the cursor back', async () => {
    const server = scriptedServer({
      '': () => Response.json(page('c1', { events: [event(1)], attendees: [attendee(1, 'Ana Peña')], checkIns: [checkIn(1)] })),
      c1: () => Response.json(page('c2', { events: [event(2, 'Atril renombrado')], attendees: [attendee(2, 'Luis Gómez')], checkIns: [checkIn(2)] })),
      c2: () => Response.json(page('c2', {})),
    });

    expect(await pullOnce(deps(server.fetch))).toEqual({ kind: 'pulled', applied: { events: 1, attendees: 1, checkIns: 1 }, more: false });
    expect(await cursorOf()).toBe('c1');
    expect(await pullOnce(deps(server.fetch))).toEqual({ kind: 'pulled', applied: { events: 1, attendees: 1, checkIns: 1 }, more: false });
    expect(await pullOnce(deps(server.fetch))).toEqual({ kind: 'pulled', applied: { events: 0, attendees: 0, checkIns: 0 }, more: false });
    expect(server.asked).toEqual(['', 'c1', 'c2']);

    expect((await db.events.get(EVENT_ID))?.name).toBe('Atril renombrado');
    expect((await db.attendees.where('eventId').equals(EVENT_ID).toArray()).map((a) => a.search).sort()).toEqual(['ana pena', 'luis gomez']);
    expect(await db.remoteCheckIns.count()).toBe(2);
    expect((await db.meta.get(DOOR_META_KEYS.lastPullAt))?.value).toBe('2026-11-21T15:00:00.000Z');
  });

  it('changes nothing when the same page comes twice, and never goes back to an older event revision', async () => {
    const late = page('c3', { events: [event(1, 'Nombre viejo')], attendees: [attendee(1, 'Ana Peña')], checkIns: [checkIn(1)] });
    const server = scriptedServer({
      '': () => Response.json(page('c2', { events: [event(2, 'Nombre nuevo')], attendees: [attendee(1, 'Ana Peña')], checkIns: [checkIn(1)] })),
      c2: () => Response.json(late),
      c3: () => Response.json(late),
    });
    await pullOnce(deps(server.fetch));
    await pullOnce(deps(server.fetch));
    await pullOnce(deps(server.fetch));
    expect((await db.events.get(EVENT_ID))?.revision).toBe(2);
    expect(await db.attendees.count()).toBe(1);
    expect(await db.remoteCheckIns.count()).toBe(1);
  });

  it('keeps the cursor and the rows when the network fails or the answer is off the contract', async () => {
    const server = scriptedServer({
      '': () => Response.json(page('c1', { attendees: [attendee(1, 'Ana Peña')] })),
      c1: () => Response.json({ cursor: 'c9', events: 'no' }),
    });
    await pullOnce(deps(server.fetch));
    expect(await pullOnce(deps(server.fetch))).toMatchObject({ kind: 'failed', phase: 'error', problem: { code: 'sync.response_invalid' } });
    expect(await cursorOf()).toBe('c1');
    const offline = scriptedServer({});
    expect(await pullOnce(deps(offline.fetch))).toMatchObject({ kind: 'failed', phase: 'offline' });
    expect(await cursorOf()).toBe('c1');
    expect(await db.attendees.count()).toBe(1);
  });

  it('downloads everything again when the server does not know the cursor', async () => {
    await db.meta.put({ key: DOOR_META_KEYS.pullCursor, value: 'from-another-server' });
    const server = scriptedServer({
      'from-another-server': () => Response.json({ code: 'sync.cursor_invalid', message: 'x' }, { status: 400 }),
      '': () => Response.json(page('c1', { attendees: [attendee(1, 'Ana Peña')] })),
    });
    expect(await pullOnce(deps(server.fetch))).toMatchObject({ kind: 'pulled' });
    expect(server.asked).toEqual(['from-another-server', '']);
    expect(await cursorOf()).toBe('c1');
  });

  it('keeps the names of the devices that wrote the check-ins beside them; a later name replaces the earlier one', async () => {
    const server = scriptedServer({
      '': () => Response.json(page('c1', { checkIns: [checkIn(1)], deviceLabels: { 'tablet-2': 'Puerta norte' } })),
      c1: () => Response.json(page('c2', { checkIns: [checkIn(2)], deviceLabels: { 'tablet-2': 'Puerta norte (auditorio)' } })),
      // An older server sends no names: the kept ones stay.
      c2: () => Response.json(page('c2', { checkIns: [checkIn(3)] })),
    });
    await pullOnce(deps(server.fetch));
    expect(await db.deviceLabels.toArray()).toEqual([{ deviceId: 'tablet-2', label: 'Puerta norte' }]);
    await pullOnce(deps(server.fetch));
    await pullOnce(deps(server.fetch));
    expect(await db.deviceLabels.toArray()).toEqual([{ deviceId: 'tablet-2', label: 'Puerta norte (auditorio)' }]);
  });

  it('keeps the signing key next to the lists', async () => {
    const server = scriptedServer({ '': () => Response.json(page('c1', {})) });
    await pullAll(deps(server.fetch));
    expect((await db.meta.get(DOOR_META_KEYS.signingKey))?.value).toMatchObject({ algorithm: 'Ed25519', publicKey: 'A'.repeat(43) });
  });

  it('keeps pulling while the server says there is more: one run, every page applied once with its cursor', async () => {
    const server = scriptedServer({
      '': () => Response.json(page('p1', { events: [event(1)], attendees: [attendee(1, 'Ana Peña')], more: true })),
      p1: () => Response.json(page('p2', { attendees: [attendee(2, 'Luis Gómez')], checkIns: [checkIn(1)], more: true })),
      p2: () => Response.json(page('done', { checkIns: [checkIn(2)], more: false })),
      done: () => Response.json(page('done', {})),
    });
    expect(await pullPages(deps(server.fetch))).toEqual({ kind: 'pulled', applied: { events: 1, attendees: 2, checkIns: 2 } });
    expect(server.asked).toEqual(['', 'p1', 'p2']);
    expect(await cursorOf()).toBe('done');
    expect(await db.attendees.count()).toBe(2);
    expect(await db.remoteCheckIns.count()).toBe(2);
  });

  it('resumes an interrupted run from the last applied page, never doubling or losing rows', async () => {
    let cut = true;
    const server = scriptedServer({
      '': () => Response.json(page('p1', { attendees: [attendee(1, 'Ana Peña')], more: true })),
      p1: () => {
        if (cut) throw new TypeError('Failed to fetch');
        return Response.json(page('p2', { attendees: [attendee(2, 'Luis Gómez')], more: true }));
      },
      p2: () => Response.json(page('done', { checkIns: [checkIn(1)] })),
    });
    expect(await pullPages(deps(server.fetch))).toMatchObject({ kind: 'failed', phase: 'offline' });
    expect(await cursorOf()).toBe('p1');
    expect(await db.attendees.count()).toBe(1);

    cut = false;
    expect(await pullPages(deps(server.fetch))).toEqual({ kind: 'pulled', applied: { events: 0, attendees: 1, checkIns: 1 } });
    expect(server.asked).toEqual(['', 'p1', 'p1', 'p2']);
    expect((await db.attendees.toArray()).map((a) => a.attendeeId).sort()).toEqual([attendeeId(1), attendeeId(2)].sort());
    expect(await db.remoteCheckIns.count()).toBe(1);
  });

  it('treats an answer without `more` (an older server) as the end of the run', async () => {
    const server = scriptedServer({ '': () => Response.json(page('c1', { attendees: [attendee(1, 'Ana Peña')] })) });
    expect(await pullPages(deps(server.fetch))).toMatchObject({ kind: 'pulled' });
    expect(server.asked).toEqual(['']);
  });

  it('stops a run at the first failed page and leaves the applied pages in place', async () => {
    const server = scriptedServer({
      '': () => Response.json(page('p1', { attendees: [attendee(1, 'Ana Peña')], more: true })),
      p1: () => Response.json({ cursor: 'p2', events: 'no' }),
    });
    expect(await pullPages(deps(server.fetch))).toMatchObject({ kind: 'failed', problem: { code: 'sync.response_invalid' } });
    expect(await cursorOf()).toBe('p1');
    expect(await db.attendees.count()).toBe(1);
  });
});
