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
    return c.json(attendanceReport(records, deps.catalogues.accessibilityNeeds));
  });
  return resource;
}
