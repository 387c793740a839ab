import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { documentDigest } from '../../../src/core/attendance/document-digest';
import { defaultCatalogues } from '../../../src/core/catalogues';
import { pullResponseSchema, pullSearch, type PullResponse } from '../../../src/core/sync/pull';
import { startAuthedServer, type AuthedServer } from '../support/authed-server';
import { authedFetch } from '../support/authed-fetch';
import { enrollDevice } from '../../support/auth-bootstrap';
import { anonymousRecord, checkInRecord, createEvent, editEvent, pushAccepted, registrationRecord } from '../events/fixtures';

let server: AuthedServer;
beforeAll(async () => {
  server = await startAuthedServer();
});
afterAll(() => server.dispose());

const schema = pullResponseSchema(defaultCatalogues);
async function pull(options: { cursor?: string; events?: string[] } = {}): Promise<PullResponse> {
  const response = await authedFetch(`${server.url}/api/v1/pull${pullSearch(options)}`);
  if (response.status !== 200) throw new Error(`pull ${response.status}: ${await response.text()}`);
  expect(response.headers.get('cache-control')).toBe('no-store');
  return schema.parse(await response.json());
}
const ids = (page: PullResponse) => ({
  events: page.events.map((e) => `${e.id}@${e.revision}`),
  attendees: page.attendees.map((a) => a.attendeeId),
  checkIns: page.checkIns.map((c) => c.id),
});
let minute = 0;
const at = () => `2026-11-21T10:${String(minute++ % 60).padStart(2, '0')}:00-05:00`;

describe('GET /api/v1/pull', () => {
  it('sends everything relevant first, then each change exactly once', async () => {
    const event = await createEvent(server.url);
    const registration = registrationRecord(event.id);
    const entry = checkInRecord(event.id, 'puerta-1', at());
    await pushAccepted(server.url, [registration, entry]);

    const first = await pull({ events: [event.id] });
    expect(ids(first)).toEqual({ events: [`${event.id}@1`], attendees: [registration.id], checkIns: [entry.id] });
    expect(first.checkIns[0]).toEqual({
      id: entry.id,
      eventId: event.id,
      // The per-event digest: a check-in that leaves the server never spells the document number.
      identityKey: `document:${documentDigest(event.id, 'CC', '43123456')}`,
      checkedInAt: entry.payload.checkedInAt,
      deviceId: 'puerta-1',
      displayName: 'Ana María Peña Ríos',
      method: 'cedula',
    });

    const quiet = await pull({ cursor: first.cursor, events: [event.id] });
    expect(ids(quiet)).toEqual({ events: [], attendees: [], checkIns: [] });
    expect(quiet.cursor).toBe(first.cursor);

    const anonymous = anonymousRecord(event.id, 'puerta-2', at());
    await pushAccepted(server.url, [anonymous]);
    await editEvent(server.url, event.id, { expectedAttendance: 500 });
    const second = await pull({ cursor: quiet.cursor, events: [event.id] });
    expect(ids(second)).toEqual({ events: [`${event.id}@2`], attendees: [], checkIns: [anonymous.id] });
    expect(second.checkIns[0]).toEqual({ id: anonymous.id, eventId: event.id, checkedInAt: anonymous.payload.checkedInAt, deviceId: 'puerta-2', method: 'manual' });
  });

  it('misses nothing and repeats nothing while writes and pulls interleave', async () => {
    const event = await createEvent(server.url);
    const written: string[] = [];
    const seen: string[] = [];
    let cursor: string | undefined;
    const pullOnce = async () => {
      const page = await pull({ cursor, events: [event.id] });
      cursor = page.cursor;
      seen.push(...page.checkIns.map((c) => c.id), ...page.attendees.map((a) => a.attendeeId));
    };
    // Sequential: write, pull, write, pull…
    for (let round = 0; round < 5; round++) {
      const batch = [checkInRecord(event.id, `puerta-${round}`, at(), { document: { type: 'CC', number: String(5_000_000 + round) } }), registrationRecord(event.id)];
      await pushAccepted(server.url, batch);
      written.push(...batch.map((r) => r.id));
      await pullOnce();
    }
    // Concurrent: eight writers and a puller that never waits for them.
    const writers = Array.from({ length: 8 }, async (_, w) => {
      for (let k = 0; k < 10; k++) {
        const record = k % 3 === 0 ? registrationRecord(event.id) : checkInRecord(event.id, `tableta-${w}`, at(), { document: { type: 'CC', number: String(7_000_000 + w * 100 + k) } });
        await pushAccepted(server.url, [record]);
        written.push(record.id);
      }
    });
    let writing = true;
    const puller = (async () => {
      while (writing) await pullOnce();
    })();
    await Promise.all(writers);
    writing = false;
    await puller;
    await pullOnce();

    expect(seen).toHaveLength(written.length);
    expect(new Set(seen)).toEqual(new Set(written));
  });

  it('keeps to the events asked for, and sends the whole lists of an event added to the filter', async () => {
    const a = await createEvent(server.url);
    const b = await createEvent(server.url);
    const inA = checkInRecord(a.id, 'puerta-1', at());
    const inB = checkInRecord(b.id, 'puerta-1', at());
    await pushAccepted(server.url, [inA, inB]);

    const onlyA = await pull({ events: [a.id] });
    expect(ids(onlyA)).toEqual({ events: [`${a.id}@1`], attendees: [], checkIns: [inA.id] });

    const later = checkInRecord(a.id, 'puerta-2', at(), { document: { type: 'CC', number: '71234567' } });
    await pushAccepted(server.url, [later]);
    const both = await pull({ cursor: onlyA.cursor, events: [b.id, a.id] });
    expect(ids(both)).toEqual({ events: [`${b.id}@1`], attendees: [], checkIns: [inB.id, later.id] });

    const unfiltered = await pull();
    expect(unfiltered.events.map((e) => e.id)).toEqual(expect.arrayContaining([a.id, b.id]));
  });

  it('still sends a closed event, but no more of its lists; reopening sends them whole', async () => {
    const event = await createEvent(server.url);
    const before = checkInRecord(event.id, 'puerta-1', at());
    await pushAccepted(server.url, [before]);
    const first = await pull({ events: [event.id] });

    await editEvent(server.url, event.id, { status: 'closed' });
    const afterClose = checkInRecord(event.id, 'puerta-1', at(), { document: { type: 'CC', number: '98765432' } });
    await pushAccepted(server.url, [afterClose, registrationRecord(event.id)]);
    const closed = await pull({ cursor: first.cursor, events: [event.id] });
    expect(closed.events.map((e) => e.status)).toEqual(['closed']);
    expect(ids(closed)).toMatchObject({ attendees: [], checkIns: [] });
    expect(ids(await pull({ events: [event.id] }))).toMatchObject({ attendees: [], checkIns: [] });

    await editEvent(server.url, event.id, { status: 'open' });
    const reopened = await pull({ cursor: closed.cursor, events: [event.id] });
    expect(reopened.events.map((e) => e.status)).toEqual(['open']);
    expect(reopened.checkIns.map((c) => c.id)).toEqual([before.id, afterClose.id]);
    expect(reopened.attendees).toHaveLength(1);
  });

  it('sends the lists of a planned event, so the door team can load them before going offline', async () => {
    const event = await createEvent(server.url, { status: 'planned' });
    const registration = registrationRecord(event.id);
    await pushAccepted(server.url, [registration]);
    expect(ids(await pull({ events: [event.id] })).attendees).toEqual([registration.id]);
  });

  it('names the devices that wrote the served check-ins by their enrolled label, and no other device', async () => {
    const [a, b] = [await createEvent(server.url), await createEvent(server.url)];
    const south = await enrollDevice(server.url, server.admin, { label: 'Puerta sur' });
    await pushAccepted(server.url, [checkInRecord(a.id, server.device.deviceId, at()), anonymousRecord(a.id, 'puerta-sin-enrolar', at()), checkInRecord(b.id, south.deviceId, at())]);

    const first = await pull({ events: [a.id] });
    expect(first.checkIns).toHaveLength(2);
    expect(first.deviceLabels).toEqual({ [server.device.deviceId]: 'Teléfono de pruebas' });
    expect((await pull({ cursor: first.cursor, events: [a.id] })).deviceLabels).toEqual({});
    expect((await pull({ events: [b.id] })).deviceLabels).toEqual({ [south.deviceId]: 'Puerta sur' });
  });

  it('refuses a cursor it did not make, or one ahead of this database, and a bad event list', async () => {
    const forged = Buffer.from(JSON.stringify({ v: 1, e: 1e9, r: 1e9 })).toString('base64url');
    for (const search of ['?cursor=no-es-un-cursor!', `?cursor=${forged}`]) {
      const response = await authedFetch(`${server.url}/api/v1/pull${search}`);
      expect(response.status).toBe(400);
      expect(((await response.json()) as { code: string }).code).toBe('sync.cursor_invalid');
    }
    const bad = await authedFetch(`${server.url}/api/v1/pull?events=Evento%20Raro`);
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { code: string }).code).toBe('request.invalid');
  });
});
