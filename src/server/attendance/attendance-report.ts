import { attendanceRecordsOf, ATTENDANCE_ANONYMOUS_KIND, interpreterDemand, resolveAttendance, type AttendanceReport, type AttendanceRow, type ResolvedCheckIn } from '../../core/attendance';
import type { Catalogue } from '../../core/catalogues';
import { ATTENDANCE_REGISTRATION_KIND } from '../../core/passes';
import type { StoredRecord } from '../store/stored-record';
import { interpreterRequests } from './interpreter-requests';
import { storedCheckIn, type StoredCheckIn } from './stored-check-in';

export type { AttendanceReport, AttendanceRow };

const rowOf = (c: StoredCheckIn, status: AttendanceRow['status'], attendanceId?: string): AttendanceRow => ({
  ...c.row,
  status,
  ...(attendanceId === undefined ? {} : { attendanceId }),
  anonymous: c.record.kind === ATTENDANCE_ANONYMOUS_KIND,
  receivedAt: c.record.receivedAt,
});

/** One check-in as the attendance list shows it, once the duplicate rules have judged it. */
export const attendanceRowOf = (resolved: Pick<ResolvedCheckIn, 'status' | 'attendanceId'>, c: StoredCheckIn): AttendanceRow =>
  rowOf(c, resolved.status === 'attendance' ? 'admitted' : 'duplicate_admitted_offline', resolved.attendanceId);

/** A check-in undone at the door: listed, counted nowhere. */
export const undoneRowOf = (c: StoredCheckIn): AttendanceRow => rowOf(c, 'undone');

/**
 * The planning office's view of an event's attendance: every check-in kept (nothing deleted), the first by
 * device time per person admitted and later ones flagged as admitted offline twice (pretix's "accepted
 * offline"); check-ins undone at the door listed last, counted nowhere. Pass registrations and undos too
 * (ATTENDANCE_VIEW_KINDS): a registered person's row then carries their registration's name.
 */
export function attendanceReport(records: readonly StoredRecord[], accessibilityNeeds: Catalogue): AttendanceReport {
  const view = attendanceRecordsOf(records);
  const checkIns = view.checkIns.map(storedCheckIn).filter((c): c is StoredCheckIn => c !== undefined);
  const byId = new Map(checkIns.map((c) => [c.record.id, c]));
  const resolution = resolveAttendance(checkIns.map((c) => c.checkIn));
  const rows = resolution.checkIns.map((resolved) => attendanceRowOf(resolved, byId.get(resolved.id)!));
  const undone = view.undone.map(storedCheckIn).filter((c): c is StoredCheckIn => c !== undefined);
  for (const c of undone) rows.push(undoneRowOf(c));
  const registrations = records.filter((r) => r.kind === ATTENDANCE_REGISTRATION_KIND);
  const demand = interpreterDemand(interpreterRequests(registrations, checkIns), accessibilityNeeds);
  return {
    rows,
    counts: {
      admitted: resolution.attendances,
      duplicates: resolution.duplicates,
      anonymous: rows.filter((r) => r.anonymous && r.status !== 'undone').length,
      undone: undone.length,
      total: rows.length,
    },
    interpreterDemand: { lsc: demand.lsc, guide: demand.guideInterpreter, people: demand.people, threshold: demand.threshold, thresholdReached: demand.reached },
  };
}
