import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { enrollDevice } from '../../support/auth-bootstrap';
import { startAuthedServer, type AuthedServer } from '../support/authed-server';
import { authedFetch } from '../support/authed-fetch';
import { checkInRecord, createEvent, pushAccepted } from '../events/fixtures';

let server: AuthedServer;
beforeAll(async () => {
  server = await startAuthedServer();
});
afterAll(() => server.dispose());

const json = { 'content-type': 'application/json' };
const relabel = (deviceId: string, body: unknown) =>
  authedFetch(`${server.url}/api/v1/devices/${deviceId}`, { method: 'PATCH', headers: json, body: JSON.stringify(body) });

describe('device labels: given at enrollment, editable, shown instead of ids', () => {
  it('renames a device, audits it, and refuses an empty name or an unknown device', async () => {
    const device = await enrollDevice(server.url, server.admin, { label: 'Tableta 1', deviceId: 'f82e43aa01' });
    const renamed = await relabel(device.deviceId, { label: '  Puerta norte  ' });
    expect(renamed.status).toBe(200);
    expect(((await renamed.json()) as { device: { label: string } }).device.label).toBe('Puerta norte');
    const list = (await (await authedFetch(`${server.url}/api/v1/devices`)).json()) as { devices: { deviceId: string; label: string }[] };
    expect(list.devices.find((d) => d.deviceId === device.deviceId)?.label).toBe('Puerta norte');

    const empty = await relabel(device.deviceId, { label: '   ' });
    expect(empty.status).toBe(400);
    expect(JSON.stringify(await empty.json())).toContain('Escriba un nombre para el dispositivo');
    expect((await relabel('no-existe', { label: 'Otra' })).status).toBe(404);
    const audit = (await (await authedFetch(`${server.url}/api/v1/audit?limit=20`)).json()) as { entries?: { action: string; target: string }[] };
    expect(JSON.stringify(audit)).toContain('device.relabel');
  });

  it("names the door in the attendance list and its CSV export, and keeps the id of a device that was not enrolled", async () => {
    const event = await createEvent(server.url);
    const door = await enrollDevice(server.url, server.admin, { label: 'Puerta sur', deviceId: 'c0ffee0042' });
    await pushAccepted(server.url, [
      checkInRecord(event.id, door.deviceId, '2026-11-21T09:05:00-05:00'),
      checkInRecord(event.id, 'navegador-oficina', '2026-11-21T09:06:00-05:00', { document: { type: 'CC', number: '1010' } }),
    ]);
    const report = (await (await authedFetch(`${server.url}/api/v1/events/${event.id}/attendance`)).json()) as { rows: { deviceId: string; deviceLabel?: string }[] };
    expect(report.rows.map((r) => [r.deviceId, r.deviceLabel])).toEqual([
      ['c0ffee0042', 'Puerta sur'],
      ['navegador-oficina', undefined],
    ]);

    const csv = await (await authedFetch(`${server.url}/api/v1/events/${event.id}/attendance.csv`)).text();
    const lines = csv.trim().split(/\r?\n/);
    expect(lines[1]).toContain('Puerta sur');
    expect(lines[1]).not.toContain('c0ffee0042');
    expect(lines[2]).toContain('navegador-oficina');
  });
});
