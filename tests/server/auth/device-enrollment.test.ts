import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEnrollmentUrl, createStaff, enrollDevice } from '../../support/auth-bootstrap';
import { startAuthedServer, type AuthedServer } from '../support/authed-server';
import { readStoredRows } from '../support/sqlite-file';
import { pushBody } from '../support/attendance-records';

const json = { 'content-type': 'application/json' };
const enroll = (url: string, body: unknown) => fetch(`${url}/api/v1/devices/enroll`, { method: 'POST', headers: json, body: JSON.stringify(body) });
const tokenOf = (enrollmentUrl: string) => /#token=(.+)$/.exec(enrollmentUrl)![1]!;

describe('device enrollment by QR, credentials and revocation', () => {
  let server: AuthedServer;
  beforeAll(async () => {
    server = await startAuthedServer();
  });
  afterAll(() => server.dispose());

  it('gives an enrollment link that works once, and a credential stored only as a digest', async () => {
    const url = await createEnrollmentUrl(server.url, server.admin, { label: 'Puerta norte', eventIds: ['cabildo-2026'] });
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/enrolar#token=[A-Za-z0-9_-]{43}$/);
    const first = await enroll(server.url, { token: tokenOf(url), deviceId: 'puerta-norte' });
    expect(first.status).toBe(201);
    const body = (await first.json()) as { credential: string; role: string; eventIds: string[]; label: string };
    expect(body).toMatchObject({ deviceId: 'puerta-norte', role: 'campo', eventIds: ['cabildo-2026'], label: 'Puerta norte' });
    expect(body.credential).toMatch(/^cbd1\.puerta-norte\.[A-Za-z0-9_-]{43}$/);
    const secret = body.credential.split('.')[2]!;
    const [row] = readStoredRows<{ secret_hash: string }>(server.dataDir, "select secret_hash from devices where device_id = 'puerta-norte'");
    expect(row!.secret_hash).not.toContain(secret);

    const reused = await enroll(server.url, { token: tokenOf(url), deviceId: 'otro' });
    expect(reused.status).toBe(410);
    expect(await reused.json()).toMatchObject({ code: 'device.enrollment_invalid' });
  });

  it('refuses an enrollment token once it has expired, and a ttl beyond 60 minutes', async () => {
    let clock = new Date('2026-03-01T12:00:00Z');
    const timed = await startAuthedServer({ now: () => clock });
    try {
      const url = await createEnrollmentUrl(timed.url, timed.admin);
      clock = new Date(clock.getTime() + 10 * 60_000 + 1);
      const late = await enroll(timed.url, { token: tokenOf(url), deviceId: 'tarde' });
      expect(late.status).toBe(410);
      const tooLong = await fetch(`${timed.url}/api/v1/devices/enrollments`, {
        method: 'POST',
        headers: timed.admin.headers(),
        body: JSON.stringify({ label: 'x', eventIds: [], ttlMinutes: 61 }),
      });
      expect(tooLong.status).toBe(400);
    } finally {
      await timed.dispose();
    }
  });

  it('lists devices with their last sync, updated when the device syncs', async () => {
    const device = await enrollDevice(server.url, server.admin, { deviceId: 'kiosco-1', label: 'Kiosco' });
    const listed = async () =>
      ((await (await fetch(`${server.url}/api/v1/devices`, { headers: server.admin.headers() })).json()) as { devices: { deviceId: string; lastSyncAt: string | null }[] }).devices.find(
        (d) => d.deviceId === 'kiosco-1',
      );
    expect((await listed())!.lastSyncAt).toBeNull();
    const push = await fetch(`${server.url}/api/v1/sync`, { method: 'POST', headers: device.headers(), body: pushBody([]) });
    expect(push.status).toBe(200);
    expect((await listed())!.lastSyncAt).toMatch(/^\d{4}-\d\d-\d\dT/);
  });

  it('refuses every request of a revoked device with device.revoked, and a new enrollment takes it back', async () => {
    const device = await enrollDevice(server.url, server.admin, { deviceId: 'telefono-perdido' });
    const planeacion = await createStaff(server.url, server.admin, 'planeacion');
    const notAllowed = await fetch(`${server.url}/api/v1/devices/telefono-perdido/revoke`, { method: 'POST', headers: planeacion.headers() });
    expect(notAllowed.status).toBe(403);
    const revoke = await fetch(`${server.url}/api/v1/devices/telefono-perdido/revoke`, { method: 'POST', headers: server.admin.headers() });
    expect(revoke.status).toBe(200);

    for (const [method, path] of [
      ['POST', '/api/v1/sync'],
      ['GET', '/api/v1/pull'],
      ['GET', '/api/v1/health'],
      ['GET', '/api/v1/events'],
    ] as const) {
      const response = await fetch(`${server.url}${path}`, { method, headers: device.headers(), ...(method === 'POST' ? { body: pushBody([]) } : {}) });
      expect(response.status, `${method} ${path}`).toBe(401);
      expect(await response.json()).toMatchObject({ code: 'device.revoked', message: expect.stringContaining('siguen guardados en el teléfono') });
    }

    const again = await enrollDevice(server.url, server.admin, { deviceId: 'telefono-perdido' });
    expect(again.credential).not.toBe(device.credential);
    expect((await fetch(`${server.url}/api/v1/pull`, { headers: again.headers() })).status).toBe(200);
    expect((await fetch(`${server.url}/api/v1/pull`, { headers: device.headers() })).status).toBe(401);
  });

  it('keeps a device to its events when it pulls', async () => {
    const device = await enrollDevice(server.url, server.admin, { eventIds: ['evento-a'] });
    const own = await fetch(`${server.url}/api/v1/pull?events=evento-a`, { headers: device.headers() });
    expect(own.status).toBe(200);
    const other = await fetch(`${server.url}/api/v1/pull?events=evento-b`, { headers: device.headers() });
    expect(other.status).toBe(403);
    const attendance = await fetch(`${server.url}/api/v1/events/evento-b/attendance`, { headers: device.headers() });
    expect(attendance.status).toBe(403);
  });

  it('refuses a forged credential', async () => {
    const forged = `cbd1.${server.device.deviceId}.${'A'.repeat(43)}`;
    const response = await fetch(`${server.url}/api/v1/pull`, { headers: { authorization: `Bearer ${forged}` } });
    expect(response.status).toBe(401);
    expect(await response.json()).toMatchObject({ code: 'auth.invalid_credentials' });
  });
});
