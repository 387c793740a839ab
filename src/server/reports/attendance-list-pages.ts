import { setImmediate as nextTurn } from 'node:timers/promises';
import { checkInOfRecord, resolveAttendance, type CheckIn, type ResolvedCheckIn } from '../../core/attendance';
import type { Catalogues } from '../../core/catalogues';
import type { CsvValue } from '../../core/exports/csv-cell';
import { attendanceRowOf } from '../attendance/attendance-report';
import { CHECK_IN_KINDS, storedCheckIn } from '../attendance/stored-check-in';
import type { ReportStore } from '../store/report-store';
import { attendanceListRow } from './attendance-list';

/** Records read per query: small enough that no page blocks the event loop for long. */
export const EXPORT_PAGE_SIZE = 1_000;

/**
 * The listado de asistencia, page by page, in its order (device time, then id). Two passes, so memory
 * holds never more than a page of payloads: the first keeps only what the duplicate rules judge (a few
 * fields per check-in), the second reads the records again, a page of ids at a time, and builds the rows.
 * Between pages the event loop turns, so health checks and device syncs are answered meanwhile.
 */
export async function* attendanceListPages(store: ReportStore, eventId: string, c: Catalogues): AsyncGenerator<CsvValue[][]> {
  const resolved = await resolvedCheckIns(store, eventId);
  for (let start = 0; start < resolved.length; start += EXPORT_PAGE_SIZE) {
    const slice = resolved.slice(start, start + EXPORT_PAGE_SIZE);
    const records = new Map((await store.recordsByIds(slice.map((r) => r.id))).map((r) => [r.id, r]));
    const rows: CsvValue[][] = [];
    slice.forEach((judged, i) => {
      const record = records.get(judged.id);
      const checkIn = record === undefined ? undefined : storedCheckIn(record);
      if (checkIn !== undefined) rows.push(attendanceListRow(attendanceRowOf(judged, checkIn), record, start + i + 1, c));
    });
    yield rows;
    await nextTurn();
  }
}

async function resolvedCheckIns(store: ReportStore, eventId: string): Promise<ResolvedCheckIn[]> {
  const checkIns: CheckIn[] = [];
  for (const kind of CHECK_IN_KINDS) {
    let after = 0;
    for (;;) {
      const page = await store.eventRecordsPage(eventId, kind, after, EXPORT_PAGE_SIZE);
      for (const record of page) {
        const checkIn = checkInOfRecord(record);
        if (checkIn) checkIns.push(checkIn);
      }
      if (page.length < EXPORT_PAGE_SIZE) break;
      after = page[page.length - 1]!.seq;
      await nextTurn();
    }
  }
  return resolveAttendance(checkIns).checkIns;
}
