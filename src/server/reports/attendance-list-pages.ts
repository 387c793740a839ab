import { setImmediate as nextTurn } from 'node:timers/promises';
import { ATTENDANCE_UNDO_KIND, attendanceRecordsOf, checkInOfRecord, identityKey, identityOfKey, resolveAttendance, type CheckIn, type ResolvedCheckIn } from '../../core/attendance';
import type { Catalogues } from '../../core/catalogues';
import type { CsvValue } from '../../core/exports/csv-cell';
import { attendanceRowOf, undoneRowOf } from '../attendance/attendance-report';
import { CHECK_IN_KINDS, storedCheckIn } from '../attendance/stored-check-in';
import type { ReportStore } from '../store/report-store';
import type { StoredRecord } from '../store/stored-record';
import { attendanceListRow, type ListNaming } from './attendance-list';

/** Records read per query: small enough that no page blocks the event loop for long. */
export const EXPORT_PAGE_SIZE = 1_000;

/**
 * What the first pass leaves for the second, compactly (an id string per check-in, not an object): the
 * listado's order (undone check-ins last, counted nowhere), and which check-ins are duplicates of which.
 */
interface Judged {
  order: string[];
  undoneFrom: number;
  duplicateOf: Map<string, string>;
}

/**
 * The listado de asistencia, page by page, in its order (device time, then id; undone check-ins last). Two
 * passes, so memory holds never more than a page of payloads: the first keeps only what the duplicate rules
 * judge (a few fields per check-in), the second reads the records again, a page of ids at a time, with the
 * registrations they refer to, and builds the rows with the same functions as the unpaged listado. Between pages
 * the event loop turns, so health checks and device syncs are answered meanwhile.
 */
export async function* attendanceListPages(store: ReportStore, eventId: string, c: Catalogues, naming: ListNaming = {}): AsyncGenerator<CsvValue[][]> {
  const { order, undoneFrom, duplicateOf } = await judgedCheckIns(store, eventId);
  for (let start = 0; start < order.length; start += EXPORT_PAGE_SIZE) {
    const slice = order.slice(start, start + EXPORT_PAGE_SIZE);
    const records = await store.recordsByIds(slice);
    const attendeeIds = [...new Set(records.flatMap((r) => checkInOfRecord(r)?.attendeeId ?? []))];
    const registrations = await store.recordsByIds(attendeeIds);
    // Joined with their registrations exactly as attendanceReport joins them (no undo records here: `judged` says which).
    const joined = new Map(attendanceRecordsOf([...records, ...registrations]).checkIns.map((r) => [r.id, r]));
    const rows: CsvValue[][] = [];
    slice.forEach((id, i) => {
      const record = joined.get(id);
      const checkIn = record && storedCheckIn(record);
      if (record === undefined || checkIn === undefined) return;
      const row = start + i >= undoneFrom ? undoneRowOf(checkIn) : attendanceRowOf(verdictOf(duplicateOf.get(id)), checkIn);
      rows.push(attendanceListRow(row, record, start + i + 1, c, naming));
    });
    yield rows;
    await nextTurn();
  }
}

async function judgedCheckIns(store: ReportStore, eventId: string): Promise<Judged> {
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
      if (checkIn) (undoneBy.get(record.id) === record.deviceId ? undone : checkIns).push(slim(checkIn));
    });
  }
  const counted = resolveAttendance(checkIns).checkIns;
  const duplicateOf = new Map(counted.flatMap((r) => (r.attendanceId === undefined ? [] : [[r.id, r.attendanceId] as const])));
  const order = counted.map((r) => r.id);
  const undoneFrom = order.length;
  for (const r of resolveAttendance(undone).checkIns) order.push(r.id);
  return { order, undoneFrom, duplicateOf };
}

/** The first pass's verdict on a check-in: only duplicates were remembered, with the check-in they repeat. */
const verdictOf = (attendanceId: string | undefined): Pick<ResolvedCheckIn, 'status' | 'attendanceId'> =>
  attendanceId === undefined ? { status: 'attendance' } : { status: 'duplicate_admitted_offline', attendanceId };

/**
 * Only what the duplicate rules read, with the document already as its digest: the hashing is done a page
 * at a time (between pages the event loop turns) instead of all at once inside resolveAttendance, and the
 * first pass keeps a few short strings per check-in, not the payload.
 */
function slim(checkIn: CheckIn): CheckIn {
  const { id, deviceId, eventId, checkedInAt, attendeeId } = checkIn;
  const identity = identityOfKey(identityKey(checkIn));
  return { id, deviceId, eventId, checkedInAt, ...(attendeeId ? { attendeeId } : {}), ...identity };
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
