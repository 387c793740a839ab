import { randomBytes } from 'node:crypto';
import { uuidV7 } from '../../../src/core/ids/uuidv7';
import { ATTENDANCE_ENTRY_KIND } from '../../../src/core/attendance/attendance-entry';

/** A valid attendance.entry record; `over` replaces envelope fields, `payload` payload fields. */
export function attendanceRecord(over: Record<string, unknown> = {}, payload: Record<string, unknown> = {}) {
  return {
    id: uuidV7(Date.now(), randomBytes(10)),
    kind: ATTENDANCE_ENTRY_KIND,
    schemaVersion: 1,
    deviceId: 'tableta-puerta-1',
    createdAt: '2026-11-21T10:00:00-05:00',
    payload: {
      eventId: 'rendicion-2026-comuna-3',
      fullName: 'Ana María Peña',
      document: { type: 'CC', number: '43123456' },
      territory: '03',
      consent: { accepted: true, textVersion: '2026-1' },
      ...payload,
    },
    ...over,
  };
}

export const pushBody = (records: unknown[], deviceId = 'tableta-puerta-1') => JSON.stringify({ deviceId, records });
