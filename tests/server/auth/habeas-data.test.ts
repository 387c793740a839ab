import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ERASED_MARKER } from '../../../src/core/auth/habeas-data';
import { createStaff } from '../../support/auth-bootstrap';
import { startAuthedServer, type AuthedServer } from '../support/authed-server';
import { readStoredRows } from '../support/sqlite-file';
import { checkInRecord, registrationRecord } from '../events/fixtures';
import { pushBody } from '../support/attendance-records';
import { createEvent } from './authed-fixtures';

const EVENT = 'habeas-evento';
const PERSON = '1020304050';

describe('habeas data: export and erasure of one person', () => {
  let server: AuthedServer;
  const records = {
    registration: registrationRecord(EVENT, { document: { type: 'CC', number: PERSON }, contact: { phone: '3001234567' } }),
    checkIn: checkInRecord(EVENT, 'puerta-1', '2026-11-21T09:10:00-05:00', { document: { type: 'CC', number: PERSON }, firstNames: 'Luis Ángel', surnames: 'Mosquera' }),
    other: checkInRecord(EVENT, 'puerta-1', '2026-11-21T09:12:00-05:00', { document: { type: 'CC', number: '43123456' } }),
  };

  beforeAll(async () => {
    server = await startAuthedServer();
    await createEvent(server.url, server.admin, EVENT);
    const pushed = await fetch(`${server.url}/api/v1/sync`, { method: 'POST', headers: server.device.headers(), body: pushBody(Object.values(records)) });
    expect(((await pushed.json()) as { results: { status: string }[] }).results.map((r) => r.status)).toEqual(['accepted', 'accepted', 'accepted']);
  });
  afterAll(() => server.dispose());

  const people = (method: string, number: string, headers = server.admin.headers()) => fetch(`${server.url}/api/v1/people/${number}`, { method, headers });

  it('exports every record carrying the document number, however it was typed', async () => {
    const response = await people('GET', '1.020.304.050');
    expect(response.status).toBe(200);
    const body = (await response.json()) as { documentNumber: string; records: { id: string; payload: Record<string, unknown> }[] };
    expect(body.documentNumber).toBe(PERSON);
    expect(body.records.map((r) => r.id).sort()).toEqual([records.registration.id, records.checkIn.id].sort());
    expect(body.records.find((r) => r.id === records.registration.id)!.payload).toMatchObject({ fullName: 'Luis Ángel Mosquera', contact: { phone: '3001234567' } });
  });

  it('is for the administrator only', async () => {
    const planeacion = await createStaff(server.url, server.admin, 'planeacion');
    expect((await people('GET', PERSON, planeacion.headers())).status).toBe(403);
    expect((await people('DELETE', PERSON, planeacion.headers())).status).toBe(403);
    expect((await people('DELETE', PERSON, { 'content-type': 'application/json' })).status).toBe(401);
    expect((await people('GET', 'x%25')).status).toBe(400);
  });

  it('erases the personal fields and keeps what counts attendance; other people are untouched', async () => {
    const counts = async () => {
      const attendance = await fetch(`${server.url}/api/v1/events/${EVENT}/attendance`, { headers: server.admin.headers() });
      expect(attendance.status).toBe(200);
      return ((await attendance.json()) as { counts: Record<string, number> }).counts;
    };
    const before = await counts();
    expect(before.total).toBeGreaterThan(0);
    const response = await people('DELETE', PERSON);
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ erased: 2 });

    const stored = new Map(
      readStoredRows<{ id: string; kind: string; event_id: string; payload: string }>(server.dataDir, 'select id, kind, event_id, payload from records').map((r) => [r.id, r]),
    );
    const registration = JSON.parse(stored.get(records.registration.id)!.payload) as Record<string, unknown>;
    expect(registration).toMatchObject({ eventId: EVENT, fullName: ERASED_MARKER, territory: '08' });
    expect(registration).not.toHaveProperty('document');
    expect(registration).not.toHaveProperty('contact');
    expect(registration).not.toHaveProperty('accessibilityNeeds');
    const checkIn = JSON.parse(stored.get(records.checkIn.id)!.payload) as Record<string, unknown>;
    expect(checkIn).toMatchObject({ eventId: EVENT, method: 'cedula', firstNames: ERASED_MARKER, surnames: ERASED_MARKER, territory: '03' });
    expect(stored.get(records.checkIn.id)!.kind).toBe('attendance.entry');
    expect(stored.size).toBe(3);
    expect(JSON.parse(stored.get(records.other.id)!.payload)).toMatchObject({ document: { number: '43123456' }, firstNames: 'Ana María' });
    expect([...stored.values()].map((r) => r.payload).join()).not.toContain(PERSON);

    // Nothing left to export, the attendance list still counts the person, and the audit names no one.
    expect(((await (await people('GET', PERSON)).json()) as { records: unknown[] }).records).toEqual([]);
    expect(await counts()).toEqual(before);
    const audit = JSON.stringify(readStoredRows(server.dataDir, "select * from audit_log where action like 'habeas.%'"));
    expect(audit).toContain('habeas.erase');
    expect(audit).not.toContain(PERSON);
  });
});
