import type { EventDocument } from '../../../core/events';
import type { AttendanceReport } from '../../../core/attendance/attendance-model';
import { api, type ApiResult } from './api';

export type { AttendanceReport, AttendanceRow } from '../../../core/attendance/attendance-model';

const path = (id: string) => `/api/v1/events/${encodeURIComponent(id)}`;

export const fetchEvents = () => api<{ events: EventDocument[] }>('GET', '/api/v1/events');
export const fetchEvent = (id: string) => api<{ event: EventDocument }>('GET', path(id));
export const createEvent = (id: string, body: Record<string, unknown>) => api<{ event: EventDocument }>('POST', '/api/v1/events', { id, ...body });
export const updateEvent = (id: string, revision: number, body: Record<string, unknown>) =>
  api<{ event: EventDocument }>('PUT', path(id), { revision, event: body });
export const fetchAttendance = (id: string): Promise<ApiResult<AttendanceReport>> => api('GET', `${path(id)}/attendance`);
export const postRegistration = (id: string, body: Record<string, unknown>) =>
  api<{ attendeeId: string; pass: string }>('POST', `${path(id)}/registrations`, body);
