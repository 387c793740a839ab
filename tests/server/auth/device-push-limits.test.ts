import type { Context } from 'hono';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pushRecordGate } from '../../../src/server/auth/push-authorization';
import type { Principal } from '../../../src/server/auth/principal';
import { enrollDevice, type EnrolledDevice } from '../../support/auth-bootstrap';
import { startAuthedServer, type AuthedServer } from '../support/authed-server';
import { readStoredRows } from '../support/sqlite-file';
import { anonymousRecord, checkInRecord, newEventId, registrationRecord } from '../events/fixtures';
import { evaluation, evaluationAnswers } from '../forms/fixtures';
import { createEvent } from './authed-fixtures';

interface PushAnswer {
  results: { id: string; status: string; problem?: { code: string; message: string; details?: Record<string, unknown> } }[];
}

const AT = '2026-11-21T09:10:00-05:00';

/** What a device credential may push: only its own records (its deviceId), and only for its events. */
describe('push limits of a device credential', () => {
  let server: AuthedServer;
  let doorA: EnrolledDevice;
  const eventA = newEventId('limite-a');
  const eventB = newEventId('limite-b');

  beforeAll(async () => {
    server = await startAuthedServer();
    await createEvent(server.url, server.admin, eventA);
    await createEvent(server.url, server.admin, eventB);
    doorA = await enrollDevice(server.url, server.admin, { eventIds: [eventA], deviceId: 'puerta-evento-a' });
  });
  afterAll(() => server.dispose());

  const push = async (headers: Record<string, string>, records: unknown[]): Promise<PushAnswer> => {
    const response = await fetch(`${server.url}/api/v1/sync`, { method: 'POST', headers, body: JSON.stringify({ deviceId: 'x', records }) });
    expect(response.status).toBe(200);
    return (await response.json()) as PushAnswer;
  };
  const storedIds = () => new Set(readStoredRows<{ id: string }>(server.dataDir, 'select id from records').map((r) => r.id));

  it('rejects, record by record, what names another device or an event outside the enrollment; stores the rest', async () => {
    const own = checkInRecord(eventA, doorA.deviceId, AT);
    const otherDevice = checkInRecord(eventA, 'puerta-ajena', AT, { document: { type: 'CC', number: '55123456' } });
    const otherEvent = anonymousRecord(eventB, doorA.deviceId, AT);
    const invalid = checkInRecord(eventA, 'puerta-ajena', AT, { method: 'telepatia' });
    const answer = await push(doorA.headers(), [otherDevice, own, otherEvent, invalid]);

    expect(answer.results.map((r) => [r.id, r.status, r.problem?.code])).toEqual([
      [otherDevice.id, 'rejected', 'record.device_mismatch'],
      [own.id, 'accepted', undefined],
      [otherEvent.id, 'rejected', 'auth.event_forbidden'],
      // A record that is not valid is judged as such first: the gate only sees valid records.
      [invalid.id, 'rejected', 'record.invalid'],
    ]);
    expect(answer.results[0]!.problem!.message).toMatch(/otro dispositivo/);
    expect(answer.results[2]!.problem!.details).toEqual({ eventId: eventB });
    const stored = storedIds();
    expect(stored.has(own.id)).toBe(true);
    expect([otherDevice.id, otherEvent.id, invalid.id].filter((id) => stored.has(id))).toEqual([]);
  });

  it('keeps refusing a replay of a refused record, and accepts it once the right device sends it', async () => {
    const record = anonymousRecord(eventA, 'puerta-2', AT);
    expect((await push(doorA.headers(), [record])).results[0]).toMatchObject({ status: 'rejected', problem: { code: 'record.device_mismatch' } });
    expect((await push(doorA.headers(), [record])).results[0]).toMatchObject({ status: 'rejected', problem: { code: 'record.device_mismatch' } });
    const door2 = await enrollDevice(server.url, server.admin, { eventIds: [eventA], deviceId: 'puerta-2' });
    expect((await push(door2.headers(), [record])).results[0]).toMatchObject({ id: record.id, status: 'accepted' });
  });

  it('lets a device enrolled for every event push for any event, still only as itself', async () => {
    const own = anonymousRecord(eventB, server.device.deviceId, AT);
    const foreign = anonymousRecord(eventB, doorA.deviceId, AT);
    const answer = await push(server.device.headers(), [own, foreign]);
    expect(answer.results.map((r) => [r.status, r.problem?.code])).toEqual([
      ['accepted', undefined],
      ['rejected', 'record.device_mismatch'],
    ]);
  });

  it('does not bind staff sessions (kiosks, the planning office) to a device or an event', async () => {
    const records = [anonymousRecord(eventA, 'kiosco-1', AT), anonymousRecord(eventB, 'puerta-ajena', AT), registrationRecord(eventB, { document: { type: 'CC', number: '70111222' } })];
    const answer = await push(server.admin.headers(), records);
    expect(answer.results.map((r) => r.status)).toEqual(['accepted', 'accepted', 'accepted']);
  });

  it('refuses a limited device the form answers of other events too', async () => {
    const inside = evaluation(evaluationAnswers(), { eventId: eventA }, { deviceId: doorA.deviceId });
    const outside = evaluation(evaluationAnswers(), { eventId: eventB }, { deviceId: doorA.deviceId });
    const answer = await push(doorA.headers(), [outside, inside]);
    expect(answer.results.map((r) => [r.id, r.status, r.problem?.code])).toEqual([
      [outside.id, 'rejected', 'auth.event_forbidden'],
      [inside.id, 'accepted', undefined],
    ]);
  });
});

describe('pushRecordGate', () => {
  const device = { deviceId: 'puerta-1', label: 'Puerta', eventIds: ['evento-a'], secretHash: 'x', enrolledBy: 'u', enrolledAt: AT, lastSyncAt: null, revokedAt: null };
  const contextOf = (principal: Principal | undefined) => ({ get: () => principal }) as unknown as Context;
  const record = (payload: unknown, deviceId = 'puerta-1') => ({ id: 'r', kind: 'k', schemaVersion: 1, deviceId, createdAt: AT, payload });

  it('lets through records that name no event, and limits nothing for staff or citizens', () => {
    const gate = pushRecordGate(contextOf({ kind: 'device', role: 'campo', device }))!;
    expect(gate(record({ territory: '03' }))).toBeUndefined();
    expect(gate(record(null))).toBeUndefined();
    expect(gate(record({ eventId: 'evento-a' }))).toBeUndefined();
    expect(gate(record({ eventId: 'evento-b' }))?.code).toBe('auth.event_forbidden');
    expect(gate(record({ territory: '03' }, 'puerta-2'))?.code).toBe('record.device_mismatch');
    expect(pushRecordGate(contextOf(undefined))).toBeUndefined();
    const user = { id: 'u', email: 'a@b.co', name: 'A', role: 'campo', passwordHash: 'x', disabledAt: null, createdAt: AT } as const;
    expect(pushRecordGate(contextOf({ kind: 'user', role: 'campo', user, sessionHash: 'h' }))).toBeUndefined();
  });
});
