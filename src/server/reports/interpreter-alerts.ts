import { attendanceRecordsOf, interpreterDemand } from '../../core/attendance';
import type { Catalogue } from '../../core/catalogues';
import type { EventDocument } from '../../core/events';
import type { InterpreterAlert } from '../../core/indicators/report-wire';
import { ATTENDANCE_REGISTRATION_KIND } from '../../core/passes';
import { asksForAccessibility, interpreterRequests } from '../attendance/interpreter-requests';
import { storedCheckIn, type StoredCheckIn } from '../attendance/stored-check-in';
import type { StoredRecord } from '../store/stored-record';

/**
 * The events of a period whose interpreter requests (registrations and door check-ins, one person once)
 * reached Ley 982's threshold, for the dashboard's alert. `records` are the period's ATTENDANCE_VIEW_KINDS.
 */
export function interpreterAlerts(records: readonly StoredRecord[], events: ReadonlyMap<string, EventDocument>, needs: Catalogue): InterpreterAlert[] {
  const byEvent = new Map<string, StoredRecord[]>();
  for (const record of records) {
    const eventId = (record.payload as { eventId?: unknown } | null)?.eventId;
    if (typeof eventId !== 'string') continue;
    const list = byEvent.get(eventId);
    if (list) list.push(record);
    else byEvent.set(eventId, [record]);
  }
  const alerts: InterpreterAlert[] = [];
  for (const [eventId, eventRecords] of byEvent) {
    // Only those who asked for something can weigh in the demand: the others are not read any further.
    const checkIns = attendanceRecordsOf(eventRecords).checkIns.filter(asksForAccessibility).map(storedCheckIn).filter((c): c is StoredCheckIn => c !== undefined);
    const registrations = eventRecords.filter((r) => r.kind === ATTENDANCE_REGISTRATION_KIND);
    const demand = interpreterDemand(interpreterRequests(registrations, checkIns), needs);
    const event = events.get(eventId);
    if (demand.reached && event) alerts.push({ eventId, name: event.name, people: demand.people, booked: event.lscInterpreterBooked });
  }
  return alerts.sort((a, b) => (a.eventId < b.eventId ? -1 : 1));
}
