import { setImmediate as nextTurn } from 'node:timers/promises';
import { ATTENDANCE_UNDO_KIND, attendanceRecordsOf, checkInOfRecord, resolveAttendance, type CheckIn, type ResolvedCheckIn } from '../../core/attendance';
import type { Catalogues } from '../../core/catalogues';
import type { SettingsVersion } from '../../core/settings/settings-version';
import type { CsvValue } from '../../core/exports/csv-cell';
import { attendanceRowOf, undoneRowOf } from '../attendance/attendance-report';
import { CHECK_IN_KINDS, storedCheckIn } from '../attendance/stored-check-in';
import type { ReportStore } from '../store/report-store';
import type { StoredRecord } from '../store/stored-record';
import { attendanceListRow } from './attendance-list';

/** Records read per query: small enough that no page blocks the event loop for long. */
export const EXPORT_PAGE_SIZE = 1_000;

/** A check-in judged by the duplicate rules, or undone at the door (listed last, counted nowhere). */
type Judged = { id: string; resolved: ResolvedCheckIn } | { id: string; resolved: 'undone' };

/**
 * The listado de asistencia, page by page, in its order (device time, then id; undone check-ins last). Two
 * passes, so memory holds never more than a page of payloads: the first keeps only what the duplicate rules
 * judge (a few fields per check-in), the second reads the records again, a page of ids at a time, with the
 * registrations they refer to, and builds the rows with the same functions as the unpaged listado. Between pages
 * the event loop turns, so health checks and device syncs are answered meanwhile.
 */
export async function* attendanceListPages(store: ReportStore, eventId: string, c: Catalogues, history?: readonly SettingsVersion[]): AsyncGenerator<CsvValue[][]> {
  const judged = await judgedCheckIns(store, eventId);
  for (let start = 0; start < judged.length; start += EXPORT_PAGE_SIZE) {
    const slice = judged.slice(start, start + EXPORT_PAGE_SIZE);
    const records = await store.recordsByIds(slice.map((j) => j.id));
    const attendeeIds = [...new Set(records.flatMap((r) => checkInOfRecord(r)?.attendeeId ?? []))];
    const registrations = await store.recordsByIds(attendeeIds);
    // Joined with their registrations exactly as attendanceReport joins them (no undo records here: `judged` says which).
    const joined = new Map(attendanceRecordsOf([...records, ...registrations]).checkIns.map((r) => [r.id, r]));
    const rows: CsvValue[][] = [];
    slice.forEach((j, i) => {
      const record = joined.get(j.id);
      const checkIn = record === undefined ? undefined : storedCheckIn(record);
      if (checkIn === undefined) return;
      const row = j.resolved === 'undone' ? undoneRowOf(checkIn) : attendanceRowOf(j.resolved, checkIn);
      rows.push(attendanceListRow(row, record, start + i + 1, c, history));
    });
    yield rows;
    await nextTurn();
  }
}

async function judgedCheckIns(store: ReportStore, eventId: string): Promise<Judged[]> {
  const checkIns: CheckIn[] = [];
  // An undo counts only from the device that made the check-in (as in attendanceRecordsOf).
  const undoneBy = new Map<string, string>();
  await eachRecord(store, eventId, ATTENDANCE_UNDO_KIND, (record) => {
    const checkInId = (record.payload as { checkInId?: unknown } | null)?.checkInId;
    if (typeof checkInId === 'string') undoneBy.set(checkInId, record.deviceId);
  });
  const undone: CheckIn[] = [];
  for (const kind of CHECK_IN_KINDS) {
    await eachRecord(store, eventId, kind, (record) => {
      const checkIn = checkInOfRecord(record);
      if (checkIn) (undoneBy.get(record.id) === record.deviceId ? undone : checkIns).push(checkIn);
    });
  }
  return [
    ...resolveAttendance(checkIns).checkIns.map((resolved): Judged => ({ id: resolved.id, resolved })),
    ...resolveAttendance(undone).checkIns.map((resolved): Judged => ({ id: resolved.id, resolved: 'undone' })),
  ];
}

async function eachRecord(store: ReportStore, eventId: string, kind: string, take: (record: StoredRecord) => void): Promise<void> {
  let after = 0;
  for (;;) {
    const page = await store.eventRecordsPage(eventId, kind, after, EXPORT_PAGE_SIZE);
    page.forEach(take);
    if (page.length < EXPORT_PAGE_SIZE) return;
    after = page[page.length - 1]!.seq;
    await nextTurn();
  }
}
