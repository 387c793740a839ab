import type { ValidRecord } from '../records/envelope';
import { ATTENDANCE_REGISTRATION_KIND } from '../passes/registration';
import { ATTENDANCE_UNDO_KIND } from './admission-undo';
import { CHECK_IN_KINDS, checkInOfRecord } from './check-in-of-record';

type Loose = Record<string, unknown>;

/** Every kind attendanceRecordsOf reads: fetch these for a listado or a report. */
export const ATTENDANCE_VIEW_KINDS: readonly string[] = [...CHECK_IN_KINDS, ATTENDANCE_REGISTRATION_KIND, ATTENDANCE_UNDO_KIND];

/** An event's check-in records as the listado and the reports read them. */
export interface AttendanceRecords<R extends ValidRecord = ValidRecord> {
  /** Check-ins that count, in input order; a registered person's carries their registration's answers. */
  checkIns: R[];
  /** Check-ins undone at the door within the undo window: kept and listed, never counted. */
  undone: R[];
}

/**
 * One reading of stored attendance for every output (listado, event report, period dashboard, CSV, XLSX):
 * an undo record takes its check-in out of the counts (only the device that made a check-in may undo it),
 * and a check-in that refers to a registration gets the answers and consent given at registration. A
 * field the check-in itself carries (a person completing the door form) wins over the registration's.
 * Pass registrations and undos along with the check-ins; other kinds are ignored.
 */
export function attendanceRecordsOf<R extends ValidRecord>(records: readonly R[]): AttendanceRecords<R> {
  const registrations = new Map<string, Loose>();
  const undos = new Map<string, string>();
  for (const record of records) {
    if (record.kind === ATTENDANCE_REGISTRATION_KIND) registrations.set(record.id, (record.payload ?? {}) as Loose);
    else if (record.kind === ATTENDANCE_UNDO_KIND) {
      const checkInId = (record.payload as Loose | null)?.checkInId;
      if (typeof checkInId === 'string') undos.set(checkInId, record.deviceId);
    }
  }
  const checkIns: R[] = [];
  const undone: R[] = [];
  for (const record of records) {
    const checkIn = checkInOfRecord(record);
    if (checkIn === undefined) continue;
    const joined = checkIn.attendeeId === undefined ? record : withRegistration(record, registrations.get(checkIn.attendeeId));
    if (undos.get(record.id) === record.deviceId) undone.push(joined);
    else checkIns.push(joined);
  }
  return { checkIns, undone };
}

function withRegistration<R extends ValidRecord>(record: R, registration: Loose | undefined): R {
  if (registration === undefined) return record;
  const { registeredAt: _registeredAt, ...answers } = registration;
  return { ...record, payload: { ...answers, ...(record.payload as Loose) } };
}
