import { ATTENDANCE_ANONYMOUS_KIND, interpreterDemand, resolveAttendance, type CheckInMethod, type ResolvedCheckIn } from '../../core/attendance';
import type { Catalogue } from '../../core/catalogues';
import { ATTENDANCE_REGISTRATION_KIND } from '../../core/passes';
import type { StoredRecord } from '../store/stored-record';
import { interpreterRequests } from './interpreter-requests';
import { storedCheckIn, type StoredCheckIn } from './stored-check-in';

export type AttendanceRowStatus = 'admitted' | 'duplicate_admitted_offline';

export interface AttendanceRow {
  id: string;
  eventId: string;
  status: AttendanceRowStatus;
  /** For a duplicate: the check-in that counts as this person's attendance. */
  attendanceId?: string;
  anonymous: boolean;
  identityKey?: string;
  displayName?: string;
  method: CheckInMethod;
  deviceId: string;
  /** Device clock at the door (decides who was first). */
  checkedInAt: string;
  /** Server clock when the record arrived. */
  receivedAt: string;
}

export interface AttendanceReport {
  rows: AttendanceRow[];
  /** admitted + duplicates = total; anonymous counts are admitted (they can never be duplicates). */
  counts: { admitted: number; duplicates: number; anonymous: number; total: number };
  interpreterDemand: { lsc: number; guide: number; people: number; threshold: number; thresholdReached: boolean };
}

/** One check-in as the attendance list shows it, once the duplicate rules have judged it. */
export function attendanceRowOf(resolved: ResolvedCheckIn, { record, row }: StoredCheckIn): AttendanceRow {
  return {
    ...row,
    status: resolved.status === 'attendance' ? 'admitted' : 'duplicate_admitted_offline',
    ...(resolved.attendanceId === undefined ? {} : { attendanceId: resolved.attendanceId }),
    anonymous: record.kind === ATTENDANCE_ANONYMOUS_KIND,
    receivedAt: record.receivedAt,
  };
}

/**
 * The planning office's view of an event's attendance: every check-in kept (nothing deleted), the first by
 * device time per person admitted and later ones flagged as admitted offline twice (pretix's "accepted offline").
 */
export function attendanceReport(records: readonly StoredRecord[], accessibilityNeeds: Catalogue): AttendanceReport {
  const checkIns = records.map(storedCheckIn).filter((c): c is StoredCheckIn => c !== undefined);
  const byId = new Map(checkIns.map((c) => [c.record.id, c]));
  const resolution = resolveAttendance(checkIns.map((c) => c.checkIn));
  const rows = resolution.checkIns.map((resolved) => attendanceRowOf(resolved, byId.get(resolved.id)!));
  const registrations = records.filter((r) => r.kind === ATTENDANCE_REGISTRATION_KIND);
  const demand = interpreterDemand(interpreterRequests(registrations, checkIns), accessibilityNeeds);
  return {
    rows,
    counts: {
      admitted: resolution.attendances,
      duplicates: resolution.duplicates,
      anonymous: rows.filter((r) => r.anonymous).length,
      total: rows.length,
    },
    interpreterDemand: { lsc: demand.lsc, guide: demand.guideInterpreter, people: demand.people, threshold: demand.threshold, thresholdReached: demand.reached },
  };
}
