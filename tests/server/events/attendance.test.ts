import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countRows, readStoredRows } from '../support/sqlite-file';
import { startAuthedServer, type AuthedServer } from '../support/authed-server';
import { authedFetch } from '../support/authed-fetch';
import { anonymousRecord, checkInRecord, createEvent, postRegistration, newId, pushAccepted, registrationPayload } from './fixtures';

let server: AuthedServer;
beforeAll(async () => {
  server = await startAuthedServer();
});
afterAll(() => server.dispose());

interface Row {
  id: string;
  status: string;
  attendanceId?: string;
  anonymous: boolean;
  deviceId: string;
  checkedInAt: string;
  receivedAt: string;
}
interface Report {
  rows: Row[];
  counts: { admitted: number; duplicates: number; anonymous: number; undone: number; total: number };
  interpreterDemand: { lsc: number; guide: number; thresholdReached: boolean };
}
const attendance = async (eventId: string): Promise<Report> => {
  const response = await authedFetch(`${server.url}/api/v1/events/${eventId}/attendance`);
  if (response.status !== 200) throw new Error(`attendance ${response.status}: ${await response.text()}`);
  return (await response.json()) as Report;
};

describe('GET /api/v1/events/:id/attendance', () => {
  it.each([
    ['the earlier one first', false],
    ['the later one first', true],
  ])('admits the earliest device time when two offline devices admitted one person (%s), keeping both', async (_label, laterFirst) => {
    const event = await createEvent(server.url);
    const early = checkInRecord(event.id, 'tableta-norte', '2026-11-21T09:05:00-05:00');
    // Same cédula typed with dots and zeros: the same person.
    const late = checkInRecord(event.id, 'tableta-sur', '2026-11-21T09:07:00-05:00', { document: { type: 'CC', number: '0043.123.456' } });
    for (const record of laterFirst ? [late, early] : [early, late]) await pushAccepted(server.url, [record]);

    const report = await attendance(event.id);
    expect(report.rows.map((r) => [r.id, r.status, r.deviceId])).toEqual([
      [early.id, 'admitted', 'tableta-norte'],
      [late.id, 'duplicate_admitted_offline', 'tableta-sur'],
    ]);
    expect(report.rows[1]!.attendanceId).toBe(early.id);
    expect(report.rows[0]!.checkedInAt).toBe('2026-11-21T09:05:00-05:00');
    expect(Date.parse(report.rows[0]!.receivedAt)).not.toBeNaN();
    expect(report.counts).toEqual({ admitted: 1, duplicates: 1, anonymous: 0, undone: 0, total: 2 });
    expect(countRows(server.dataDir, 'records', 'id in (?, ?)', early.id, late.id)).toBe(2);
  });

  it('counts anonymous entries, which can never be duplicates', async () => {
    const event = await createEvent(server.url);
    await pushAccepted(server.url, [
      anonymousRecord(event.id, 'puerta-1', '2026-11-21T09:00:00-05:00'),
      anonymousRecord(event.id, 'puerta-1', '2026-11-21T09:00:00-05:00'),
      checkInRecord(event.id, 'puerta-1', '2026-11-21T09:01:00-05:00'),
      checkInRecord(event.id, 'puerta-2', '2026-11-21T09:02:00-05:00', { document: { type: 'SD' } }),
    ]);
    const report = await attendance(event.id);
    expect(report.counts).toEqual({ admitted: 4, duplicates: 0, anonymous: 2, undone: 0, total: 4 });
    expect(report.rows.filter((r) => r.anonymous)).toHaveLength(2);
  });

  it('counts interpreter requests per person across pre-registration and the door', async () => {
    const event = await createEvent(server.url);
    const attendeeId = newId();
    const registered = await postRegistration(server.url, event.id, { attendeeId, ...registrationPayload(event.id) });
    expect(registered.status).toBe(201);
    await pushAccepted(server.url, [
      // The registered person arrives with the pass and asks again: still one person.
      checkInRecord(event.id, 'puerta-1', '2026-11-21T09:00:00-05:00', { method: 'pass', attendeeId, document: undefined, accessibilityNeeds: ['interprete_lsc'] }),
      checkInRecord(event.id, 'puerta-1', '2026-11-21T09:03:00-05:00', { document: { type: 'CC', number: '55555555' }, accessibilityNeeds: ['guia_interprete'] }),
    ]);
    const report = await attendance(event.id);
    expect(report.interpreterDemand).toMatchObject({ lsc: 1, guide: 1, thresholdReached: false });
  });

  it('answers 404 for an unknown event', async () => {
    const response = await authedFetch(`${server.url}/api/v1/events/no-existe/attendance`);
    expect(response.status).toBe(404);
  });
});

describe('privacy at ingest', () => {
  it('refuses an attendance entry carrying the cédula blood type, storing nothing of it', async () => {
    const event = await createEvent(server.url);
    const record = checkInRecord(event.id, 'puerta-1', '2026-11-21T09:00:00-05:00', { bloodType: 'O+' });
    const response = await authedFetch(`${server.url}/api/v1/sync`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ deviceId: 'puerta-1', records: [record] }),
    });
    const body = (await response.json()) as { results: { status: string; problem?: { code: string; details?: { fields?: { path: string; message: string }[] } } }[] };
    expect(body.results[0]).toMatchObject({ status: 'rejected', problem: { code: 'record.invalid' } });
    expect(body.results[0]!.problem?.details?.fields).toContainEqual(expect.objectContaining({ path: 'payload', message: 'Campos no previstos en el registro: bloodType.' }));
    expect(countRows(server.dataDir, 'records', 'id = ?', record.id)).toBe(0);
    expect(countRows(server.dataDir, 'record_conflicts', "content like '%bloodType%'")).toBe(0);
    expect(countRows(server.dataDir, 'records', "payload like '%O+%'")).toBe(0);
  });

  it('stores the event id of each record next to it, for the per-event lists', async () => {
    const event = await createEvent(server.url);
    const record = checkInRecord(event.id, 'puerta-1', '2026-11-21T09:00:00-05:00');
    await pushAccepted(server.url, [record]);
    expect(readStoredRows<{ event_id: string }>(server.dataDir, 'select event_id from records where id = ?', record.id)).toEqual([{ event_id: event.id }]);
  });
});
