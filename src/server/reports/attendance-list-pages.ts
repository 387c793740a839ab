import { randomInt } from 'node:crypto';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { ATTENDANCE_UNDO_KIND, attendanceRecordsOf, checkInOfRecord, checkInTime, identityKey, type ResolvedCheckIn } from '../../core/attendance';
import type { Catalogues } from '../../core/catalogues';
import type { CsvValue } from '../../core/exports/csv-cell';
import { attendanceRowOf, undoneRowOf } from '../attendance/attendance-report';
import { CHECK_IN_KINDS, storedCheckInWithIdentity } from '../attendance/stored-check-in';
import { LISTADO_NO_TIME, type ListadoCursor, type ListadoEntry, type OrderedListadoEntry } from '../store/listado-order-store';
import type { ReportStore } from '../store/report-store';
import type { StoredRecord } from '../store/stored-record';
import { attendanceListRow, type ListNaming } from './attendance-list';

/**
 * Records read per query: small enough that no turn of a page blocks the event loop for long (a sync waits
 * behind one; 1,000 took twice as long a turn as 500).
 */
export const EXPORT_PAGE_SIZE = 200;

/** Scratch rows older than this belong to an export a crash interrupted (no export runs for a day). */
const LEFTOVER_AFTER_MS = 24 * 60 * 60 * 1000;

/**
 * The listado de asistencia, page by page, in its order (device time, then id; undone check-ins last). Two
 * passes, and the heap holds never more than a page: the first reads the check-ins a page at a time and writes
 * what the duplicate rule reads (time, identity digest, undone) to the listado's scratch rows, where the
 * database sorts them and finds each person's first check-in by index; the second walks that order a page at
 * a time, reads those records again with their registrations, and builds the rows with the same functions as
 * the unpaged listado. Between pages the event loop turns, so health checks and device syncs are answered.
 * `signal` stops it between pages (its client went away), its scratch rows deleted all the same.
 */
export async function* attendanceListPages(store: ReportStore, eventId: string, c: Catalogues, naming: ListNaming = {}, signal?: AbortSignal): AsyncGenerator<CsvValue[][]> {
  // Random, so two exports at once never share rows (2^47 values: randomInt's range).
  const exportId = randomInt(2 ** 47);
  const startedAt = new Date();
  await store.sweepListadoEntries(new Date(startedAt.getTime() - LEFTOVER_AFTER_MS).toISOString());
  try {
    await judgeCheckIns(store, eventId, exportId, startedAt.toISOString(), signal);
    let number = 0;
    let after: ListadoCursor | undefined;
    for (;;) {
      signal?.throwIfAborted();
      const order = await store.listadoPage(exportId, after, EXPORT_PAGE_SIZE);
      if (order.length === 0) return;
      yield await listRows(store, order, number, c, naming);
      number += order.length;
      after = order[order.length - 1];
      await nextTurn();
    }
  } finally {
    // Deleted a page at a time: one DELETE of 100,000 rows would block SQLite's connection for long.
    while ((await store.dropListadoEntries(exportId, EXPORT_PAGE_SIZE)) === EXPORT_PAGE_SIZE) await nextTurn();
  }
}

/** One page of the listado, joined with their registrations exactly as attendanceReport joins them. */
async function listRows(store: ReportStore, order: readonly OrderedListadoEntry[], before: number, c: Catalogues, naming: ListNaming): Promise<CsvValue[][]> {
  // Each query in a turn of its own: health checks and syncs get in between.
  await nextTurn();
  const records = await store.recordsByIds(order.map((entry) => entry.id));
  const attendeeIds = [...new Set(records.flatMap((r) => checkInOfRecord(r)?.attendeeId ?? []))];
  await nextTurn();
  const registrations = await store.recordsByIds(attendeeIds);
  await nextTurn();
  // No undo records here: the order already says which check-ins were undone.
  const joined = new Map(attendanceRecordsOf([...records, ...registrations]).checkIns.map((r) => [r.id, r]));
  const rows: CsvValue[][] = [];
  order.forEach((entry, i) => {
    const record = joined.get(entry.id);
    const checkIn = record && storedCheckInWithIdentity(record, entry.identity ?? undefined);
    if (record === undefined || checkIn === undefined) return;
    const row = entry.undone ? undoneRowOf(checkIn) : attendanceRowOf(verdictOf(entry), checkIn);
    rows.push(attendanceListRow(row, record, before + i + 1, c, naming));
  });
  // The writer turns these rows into XML or CSV as soon as they are yielded: in a turn of its own too.
  await nextTurn();
  return rows;
}

/** The duplicate rule's verdict (resolveAttendance's): a check-in after its person's first counted one repeats it. */
const verdictOf = (entry: OrderedListadoEntry): Pick<ResolvedCheckIn, 'status' | 'attendanceId'> =>
  entry.firstId === null || entry.firstId === entry.id ? { status: 'attendance' } : { status: 'duplicate_admitted_offline', attendanceId: entry.firstId };

/**
 * The first pass: each check-in's time and identity key (the document hashed here, a page at a time, by the
 * very functions resolveAttendance uses) and whether it was undone, written to the scratch rows a page at a time.
 */
async function judgeCheckIns(store: ReportStore, eventId: string, exportId: number, startedAt: string, signal: AbortSignal | undefined): Promise<void> {
  // An undo counts only from the device that made the check-in (as in attendanceRecordsOf). Undos are few: kept here.
  const undoneBy = new Map<string, string>();
  await eachPage(store, eventId, ATTENDANCE_UNDO_KIND, signal, async (page) => {
    for (const record of page) {
      const checkInId = (record.payload as { checkInId?: unknown } | null)?.checkInId;
      if (typeof checkInId === 'string') undoneBy.set(checkInId, record.deviceId);
    }
  });
  for (const kind of CHECK_IN_KINDS) {
    await eachPage(store, eventId, kind, signal, async (page) => {
      const entries: ListadoEntry[] = [];
      for (const record of page) {
        const checkIn = checkInOfRecord(record);
        if (checkIn === undefined) continue;
        const at = checkInTime(checkIn);
        entries.push({ id: record.id, undone: undoneBy.get(record.id) === record.deviceId, atMs: Number.isFinite(at) ? at : LISTADO_NO_TIME, identity: identityKey(checkIn) ?? null });
      }
      await nextTurn();
      await store.addListadoEntries(exportId, startedAt, entries);
    });
  }
}

async function eachPage(store: ReportStore, eventId: string, kind: string, signal: AbortSignal | undefined, take: (page: StoredRecord[]) => Promise<void>): Promise<void> {
  let after = 0;
  for (;;) {
    signal?.throwIfAborted();
    const page = await store.eventRecordsPage(eventId, kind, after, EXPORT_PAGE_SIZE);
    await nextTurn();
    await take(page);
    if (page.length < EXPORT_PAGE_SIZE) return;
    after = page[page.length - 1]!.seq;
    await nextTurn();
  }
}
