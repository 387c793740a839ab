import type { CommitmentItem } from '../../../core/commitments';
import type { EventDocument } from '../../../core/events';
import { problem } from '../../../core/problems/problem';
import type { InboxItem } from '../forms/staff-api';
import { attendanceSheet, type AttendanceSheet } from './attendance-sheet';
import { getJson, getText, type FetchLike, type ReportResult } from './report-api';
import { takePrefetched } from './report-prefetch';
import { endpoints } from './report-endpoints';
import type { EventReport, PeriodDashboard } from './report-types';
import type { DatePeriod } from './period-params';

// The answer the route started fetching while this code loaded (report-prefetch.ts), else a new request.
const prefetchedOr: FetchLike = (input, init) => takePrefetched(input) ?? fetch(input, init);

/** Each screen's server data; all need the network and a staff session. */
export const loadEventReport = (id: string) => getJson<EventReport>(endpoints.eventReport(id), prefetchedOr);
export const loadDashboard = (period: DatePeriod) => getJson<PeriodDashboard>(endpoints.period(period.from, period.to), prefetchedOr);
export const loadEvent = async (id: string): Promise<ReportResult<EventDocument>> => {
  const answer = await getJson<{ event: EventDocument }>(endpoints.event(id));
  return answer.ok ? { ok: true, value: answer.value.event } : answer;
};
export const loadEscuchaderoEntries = async (id: string): Promise<ReportResult<InboxItem[]>> => {
  const answer = await getJson<{ items: InboxItem[] }>(endpoints.escuchadero(id));
  return answer.ok ? { ok: true, value: answer.value.items } : answer;
};

export const loadEventCommitments = (id: string) => getJson<{ today: string; items: CommitmentItem[] }>(endpoints.commitments(id));

export async function loadAttendanceSheet(id: string): Promise<ReportResult<AttendanceSheet>> {
  const answer = await getText(endpoints.attendanceCsv(id));
  if (!answer.ok) return answer;
  const sheet = attendanceSheet(answer.value);
  return sheet ? { ok: true, value: sheet } : { ok: false, reason: 'problem', problem: problem('server.error', { reason: 'attendance.csv columns' }) };
}
