import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { uuidV7 } from '../../src/core/ids/uuidv7';
import { enrollDevice, setupAdmin, type StaffSession } from '../support/auth-bootstrap';

/** The devices of the load bench: their id and the headers each request carries. */
export interface LoadDevice {
  deviceId: string;
  headers: Record<string, string>;
}

export const LOAD_EVENT_ID = 'rendicion-2026-carga';
const AUTH_READY = '/tmp/cabildo/AUTH_READY';

/**
 * With accounts in place (auth landed), each device is enrolled for real and pushes with its credential, as a
 * field phone does; before that, devices push without one.
 */
export async function loadDevices(baseUrl: string, serverOutput: string, count: number): Promise<{ devices: LoadDevice[]; enrolled: boolean; admin?: StaffSession }> {
  const enrolled = existsSync(AUTH_READY) || /Configure el primer administrador/.test(serverOutput);
  if (!enrolled) {
    const devices = Array.from({ length: count }, (_, i) => ({ deviceId: `carga-${i}`, headers: { 'content-type': 'application/json' } }));
    return { devices, enrolled };
  }
  const admin = await setupAdmin(baseUrl, serverOutput);
  const devices: LoadDevice[] = [];
  for (let i = 0; i < count; i++) {
    const device = await enrollDevice(baseUrl, admin, { deviceId: `carga-${i}`, label: `Carga ${i}`, eventIds: [LOAD_EVENT_ID] });
    devices.push({ deviceId: device.deviceId, headers: device.headers() });
  }
  return { devices, enrolled, admin };
}

/** One push body of `size` new, valid attendance records (unique ids) from this device. */
export function pushBody(deviceId: string, size: number, serial: { n: number }): string {
  const entropy = randomBytes(10 * size);
  const now = Date.now();
  const records = Array.from({ length: size }, (_, i) => {
    const n = serial.n++;
    return {
      id: uuidV7(now, entropy.subarray(i * 10, i * 10 + 10)),
      kind: 'attendance.entry',
      schemaVersion: 1,
      deviceId,
      createdAt: '2026-11-21T10:00:00-05:00',
      payload: {
        eventId: LOAD_EVENT_ID,
        fullName: `Persona de Carga ${n}`,
        document: { type: 'CC', number: String(10_000_000 + n) },
        territory: '03',
        consent: { accepted: true, textVersion: '2026-1' },
      },
    };
  });
  return JSON.stringify({ deviceId, records });
}
