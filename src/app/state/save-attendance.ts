import type { AttendanceEntryV1 } from '../../core/attendance/attendance-entry';
import { dataServices } from './services';

/** What the form builds; the schema decides whether it is valid (it may not be). */
export type AttendancePayload = Omit<AttendanceEntryV1, 'document' | 'consent'> & {
  document: { type: string; number?: string };
  consent: { accepted: boolean; textVersion: string };
};

/** Validate, then write record + outbox entry in one transaction (see storage/save-record.ts). */
export async function saveAttendance(payload: AttendancePayload) {
  const services = await dataServices();
  return services.saveAttendance(payload);
}
