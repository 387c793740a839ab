import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createStaff, enrollDevice } from '../../support/auth-bootstrap';
import { startAuthedServer, type AuthedServer } from '../support/authed-server';
import { readStoredRows } from '../support/sqlite-file';
import { createEvent } from './authed-fixtures';
import { escuchadero, escuchaderoAnswers } from '../forms/fixtures';
import { pushBody } from '../support/attendance-records';

interface Entry {
  id: string;
  at: string;
  actorType: string;
  actorId: string | null;
  action: string;
  target: string | null;
  outcome: string;
  details: Record<string, unknown> | null;
}

const json = { 'content-type': 'application/json' };

describe('audit log of administrative actions', () => {
  let clock = new Date('2026-11-21T15:00:00Z');
  let server: AuthedServer;
  beforeAll(async () => {
    server = await startAuthedServer({ now: () => clock });
  });
  afterAll(() => server.dispose());

  const audit = async (query = '') => {
    const response = await fetch(`${server.url}/api/v1/audit${query}`, { headers: server.admin.headers() });
    expect(response.status).toBe(200);
    return (await response.json()) as { entries: Entry[]; next: string | null };
  };

  it('records who did what, when (server clock), never the email, password or document numbers', async () => {
    const planeacion = await createStaff(server.url, server.admin, 'planeacion');
    await fetch(`${server.url}/api/v1/session`, { method: 'POST', headers: json, body: JSON.stringify({ email: planeacion.email, password: 'equivocada-123' }) });
    await fetch(`${server.url}/api/v1/session`, { method: 'POST', headers: json, body: JSON.stringify({ email: 'nadie@cabildo.test', password: 'equivocada-123' }) });
    clock = new Date('2026-11-21T15:05:00Z');
    await createEvent(server.url, planeacion, 'auditado');
    const csv = await fetch(`${server.url}/api/v1/events/auditado/attendance.csv`, { headers: planeacion.headers() });
    expect(csv.status).toBe(200);
    const device = await enrollDevice(server.url, server.admin, { deviceId: 'auditado-1' });
    await fetch(`${server.url}/api/v1/devices/${device.deviceId}/revoke`, { method: 'POST', headers: server.admin.headers() });
    await fetch(`${server.url}/api/v1/users/${planeacion.userId}`, { method: 'PATCH', headers: server.admin.headers(), body: JSON.stringify({ role: 'consulta' }) });
    await fetch(`${server.url}/api/v1/people/43123456`, { headers: server.admin.headers() });
    // Refused requests change nothing and are not administrative actions of the caller.
    await fetch(`${server.url}/api/v1/events/auditado/attendance.csv`, { headers: planeacion.headers() });

    const { entries } = await audit();
    const actions = entries.map((e) => [e.action, e.outcome, e.actorType]);
    expect(actions).toEqual(
      expect.arrayContaining([
        ['setup', 'ok', 'user'],
        ['user.create', 'ok', 'user'],
        ['login', 'ok', 'user'],
        ['login', 'failed', 'user'],
        ['login', 'failed', 'anonymous'],
        ['event.create', 'ok', 'user'],
        ['export.attendance_csv', 'ok', 'user'],
        ['device.enrollment_create', 'ok', 'user'],
        ['device.enroll', 'ok', 'device'],
        ['device.revoke', 'ok', 'user'],
        ['user.update', 'ok', 'user'],
        ['habeas.export', 'ok', 'user'],
      ]),
    );
    const exported = entries.find((e) => e.action === 'export.attendance_csv')!;
    expect(exported).toMatchObject({ actorId: planeacion.userId, target: 'auditado', at: '2026-11-21T15:05:00.000Z' });
    expect(entries.filter((e) => e.action === 'export.attendance_csv')).toHaveLength(1);
    expect(entries.find((e) => e.action === 'device.revoke')).toMatchObject({ actorId: server.admin.userId, target: 'auditado-1' });

    const stored = JSON.stringify(readStoredRows(server.dataDir, 'select * from audit_log'));
    for (const secret of [planeacion.email, planeacion.password, 'equivocada-123', 'nadie@cabildo.test', '43123456', server.admin.email]) {
      expect(stored).not.toContain(secret);
    }
  });

  it('pages newest first with next', async () => {
    const all = (await audit('?limit=500')).entries;
    expect(all.length).toBeGreaterThan(4);
    const sorted = [...all].sort((a, b) => (a.at === b.at ? b.id.localeCompare(a.id) : b.at.localeCompare(a.at)));
    expect(all).toEqual(sorted);
    const first = await audit('?limit=3');
    expect(first.entries).toEqual(all.slice(0, 3));
    const second = await audit(`?limit=3&before=${encodeURIComponent(first.next!)}`);
    expect(second.entries).toEqual(all.slice(3, 6));
    const bad = await fetch(`${server.url}/api/v1/audit?before=x`, { headers: server.admin.headers() });
    expect(bad.status).toBe(400);
  });

  it('records escuchadero status changes by the planning office, with the entry id only', async () => {
    const entry = escuchadero(escuchaderoAnswers(), { eventId: 'auditado' }, { deviceId: server.device.deviceId });
    const pushed = await fetch(`${server.url}/api/v1/sync`, { method: 'POST', headers: server.device.headers(), body: pushBody([entry]) });
    expect(pushed.status).toBe(200);
    const assign = await fetch(`${server.url}/api/v1/escuchadero/${entry.id}/assign`, { method: 'POST', headers: server.admin.headers(), body: JSON.stringify({ office: 'infraestructura' }) });
    expect(assign.status).toBe(200);
    const answer = await fetch(`${server.url}/api/v1/escuchadero/${entry.id}/answer`, { method: 'POST', headers: server.admin.headers(), body: JSON.stringify({ text: 'Respuesta de la alcaldía' }) });
    expect(answer.status).toBe(200);
    const missing = await fetch(`${server.url}/api/v1/escuchadero/no-existe/close`, { method: 'POST', headers: server.admin.headers(), body: '{}' });
    expect(missing.status).toBe(404);

    const entries = (await audit()).entries.filter((e) => e.action.startsWith('escuchadero.'));
    expect(entries.map((e) => [e.action, e.target])).toEqual([
      ['escuchadero.answer', entry.id],
      ['escuchadero.assign', entry.id],
    ]);
    expect(JSON.stringify(entries)).not.toContain('obra del parque');
  });
});
