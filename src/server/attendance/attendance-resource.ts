import { Hono } from 'hono';
import type { Catalogues } from '../../core/catalogues';
import { problem } from '../../core/problems/problem';
import type { AttendanceStore } from '../store/attendance-store';
import type { EventStore } from '../store/event-store';
import { problemResponse } from '../http/problem-response';
import { attendanceReport } from './attendance-report';
import { ATTENDANCE_VIEW_KINDS } from '../../core/attendance/attendance-view';

export interface AttendanceDeps {
  store: AttendanceStore;
  events: EventStore;
  catalogues: Catalogues;
  /** Enrolled devices' names by id: each row names its door (absent: rows carry the device id only). */
  deviceLabels?: () => Promise<ReadonlyMap<string, string>>;
}

/**
 * GET /api/v1/events/:id/attendance: the list with names and identity keys, for the planning office and the
 * event's door devices (src/server/auth/route-policies.ts).
 */
export function attendanceResource(deps: AttendanceDeps): Hono {
  const resource = new Hono();
  resource.get('/:id/attendance', async (c) => {
    const id = c.req.param('id');
    if (!(await deps.events.get(id))) return problemResponse(c, problem('resource.not_found'));
    const records = await deps.store.eventRecords(id, ATTENDANCE_VIEW_KINDS);
    const report = attendanceReport(records, deps.catalogues.accessibilityNeeds);
    const labels = await deps.deviceLabels?.();
    if (!labels) return c.json(report);
    return c.json({ ...report, rows: report.rows.map((row) => (labels.has(row.deviceId) ? { ...row, deviceLabel: labels.get(row.deviceId) } : row)) });
  });
  return resource;
}
