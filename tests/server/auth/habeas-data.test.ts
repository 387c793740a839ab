import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ERASED_MARKER } from '../../../src/core/auth/habeas-data';
import { createStaff } from '../../support/auth-bootstrap';
import { startAuthedServer, type AuthedServer } from '../support/authed-server';
import { readStoredRows } from '../support/sqlite-file';
import { checkInRecord, registrationRecord } from '../events/fixtures';
import { pushBody } from '../support/attendance-records';
import { evaluation, evaluationAnswers } from '../forms/fixtures';
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
  // Linked to the person by the registration only: a pass check-in (no document) and a form answer they linked.
  const linked = {
    passCheckIn: checkInRecord(EVENT, 'puerta-2', '2026-11-21T09:11:00-05:00', { method: 'pass', attendeeId: records.registration.id, document: undefined, firstNames: 'Luis Ángel', surnames: 'Mosquera' }),
    answer: evaluation(evaluationAnswers(), { eventId: EVENT, personKey: `attendee:${records.registration.id}` }),
  };
  // Versions that arrived later with a taken id and other content: kept in record_conflicts for review.
  const conflicting = {
    checkIn: { ...records.checkIn, payload: { ...records.checkIn.payload, surnames: 'Mosquera Palacios' } },
    other: { ...records.other, payload: { ...records.other.payload, firstNames: 'Ana Lucía' } },
  };
  const push = async (batch: unknown[]) => {
    // As the planning office would (a staff session is not bound to the records' devices).
    const pushed = await fetch(`${server.url}/api/v1/sync`, { method: 'POST', headers: server.admin.headers(), body: pushBody(batch) });
    return ((await pushed.json()) as { results: { status: string }[] }).results.map((r) => r.status);
  };
  const conflictRows = () => readStoredRows<{ record_id: string; content_hash: string; content: string }>(server.dataDir, 'select record_id, content_hash, content from record_conflicts order by seq');

  beforeAll(async () => {
    server = await startAuthedServer();
    await createEvent(server.url, server.admin, EVENT);
    expect(await push([...Object.values(records), ...Object.values(linked)])).toEqual(['accepted', 'accepted', 'accepted', 'accepted', 'accepted']);
    expect(await push(Object.values(conflicting))).toEqual(['conflict', 'conflict']);
  });
  afterAll(() => server.dispose());

  const people = (method: string, number: string, headers = server.admin.headers()) => fetch(`${server.url}/api/v1/people/${number}`, { method, headers });

  it('exports every record carrying the document number, however it was typed, those linked to it, and their conflicting versions', async () => {
    const response = await people('GET', '1.020.304.050');
    expect(response.status).toBe(200);
    const body = (await response.json()) as {
      documentNumber: string;
      records: { id: string; payload: Record<string, unknown> }[];
      conflictingVersions: { recordId: string; receivedAt: string; version: { deviceId: string; payload: Record<string, unknown> } }[];
    };
    expect(body.documentNumber).toBe(PERSON);
    expect(body.records.map((r) => r.id).sort()).toEqual([records.registration.id, records.checkIn.id, linked.passCheckIn.id, linked.answer.id].sort());
    expect(body.conflictingVersions).toEqual([
      { recordId: records.checkIn.id, receivedAt: expect.any(String), version: expect.objectContaining({ deviceId: 'puerta-1', payload: expect.objectContaining({ surnames: 'Mosquera Palacios' }) }) },
    ]);
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
    expect(await response.json()).toMatchObject({ erased: 4, conflictingVersionsErased: 1 });

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
    expect(JSON.parse(stored.get(linked.passCheckIn.id)!.payload)).toMatchObject({ method: 'pass', attendeeId: records.registration.id, firstNames: ERASED_MARKER });
    const answer = JSON.parse(stored.get(linked.answer.id)!.payload) as Record<string, unknown>;
    expect(answer).not.toHaveProperty('personKey');
    expect(answer).toMatchObject({ formId: 'evaluacion-audiencia', answers: { calificacion: 4 } });
    expect(stored.size).toBe(5);
    expect(JSON.parse(stored.get(records.other.id)!.payload)).toMatchObject({ document: { number: '43123456' }, firstNames: 'Ana María' });
    expect([...stored.values()].map((r) => r.payload).join()).not.toContain(PERSON);
    expect([...stored.values()].map((r) => r.payload).join()).not.toContain('Mosquera');

    // The person's conflicting version is erased too (its hash kept, so a replay is not stored again); others' stay.
    const conflicts = conflictRows();
    expect(conflicts.map((r) => r.record_id)).toEqual([records.checkIn.id, records.other.id]);
    expect(conflicts[0]!.content).not.toContain(PERSON);
    expect(conflicts[0]!.content).not.toContain('Mosquera');
    expect(JSON.parse(conflicts[0]!.content)).toMatchObject({ kind: 'attendance.entry', deviceId: 'puerta-1', payload: { eventId: EVENT, surnames: ERASED_MARKER, territory: '03' } });
    expect(conflicts[1]!.content).toContain('Ana Lucía');
    expect(await push([conflicting.checkIn])).toEqual(['conflict']);
    expect(conflictRows()).toEqual(conflicts);

    // Nothing left to export, the attendance list still counts the person, and the audit names no one.
    expect(((await (await people('GET', PERSON)).json()) as { records: unknown[] }).records).toEqual([]);
    expect(await counts()).toEqual(before);
    const audit = JSON.stringify(readStoredRows(server.dataDir, "select * from audit_log where action like 'habeas.%'"));
    expect(audit).toContain('habeas.erase');
    expect(audit).not.toContain(PERSON);
  });
});
