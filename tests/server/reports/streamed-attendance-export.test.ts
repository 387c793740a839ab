import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultCatalogues } from '../../../src/core/catalogues';
import { writeCsv } from '../../../src/core/exports/csv-writer';
import { attendanceReport } from '../../../src/server/attendance/attendance-report';
import { CHECK_IN_KINDS } from '../../../src/server/attendance/stored-check-in';
import { attendanceListColumns, attendanceListRows } from '../../../src/server/reports/attendance-list';
import { EXPORT_PAGE_SIZE } from '../../../src/server/reports/attendance-list-pages';
import { openSqliteStores } from '../../../src/server/store/sqlite/open-sqlite-stores';
import { join } from 'node:path';
import { startAuthedServer, type AuthedServer } from '../support/authed-server';
import { anonymousRecord, createEvent, getBytes, personCheckIn, pushAccepted, type Person } from './fixtures';

// More check-ins than two pages, with each person's second visit pages away from the first, so the
// duplicate rules and the order must hold across pages.
const PEOPLE_COUNT = Math.round(EXPORT_PAGE_SIZE * 1.1);
/** Names take letters only: the number written in base 26 with a–z. */
const letters = (i: number): string => (i < 26 ? 'abcdefghijklmnopqrstuvwxyz'[i]! : letters(Math.floor(i / 26) - 1) + letters(i % 26));
const person = (i: number): Person => ({ firstNames: `Persona ${letters(i)}`, surnames: 'Gómez Ñáñez', document: String(10_000_000 + i), territory: '03' });
const minute = (i: number) => new Date(Date.parse('2026-11-21T14:00:00Z') + i * 1000).toISOString();

let server: AuthedServer;
let eventId: string;
beforeAll(async () => {
  server = await startAuthedServer();
  eventId = (await createEvent(server.url, { name: 'Audiencia de ciudad' })).id;
  const records = [
    ...Array.from({ length: PEOPLE_COUNT }, (_, i) => personCheckIn(eventId, person(i), minute(i))),
    // Every tenth person comes in again later through another door that was offline.
    ...Array.from({ length: PEOPLE_COUNT / 10 }, (_, i) => personCheckIn(eventId, person(i * 10), minute(PEOPLE_COUNT + i), 'puerta-2')),
    ...Array.from({ length: 30 }, (_, i) => anonymousRecord(eventId, 'puerta-3', minute(i * 7))),
  ];
  for (let i = 0; i < records.length; i += 500) await pushAccepted(server.url, records.slice(i, i + 500));
}, 120_000);
afterAll(() => server.dispose());

/** What the listado was before streaming: every record read at once, judged and written in one go. */
async function wholeListCsv(): Promise<string> {
  const stores = await openSqliteStores(join(server.dataDir, 'cabildo.sqlite'));
  try {
    const records = await stores.reports.eventRecords([eventId], [...CHECK_IN_KINDS]);
    const csv = writeCsv(attendanceListColumns, attendanceListRows(attendanceReport(records, defaultCatalogues.accessibilityNeeds), records, defaultCatalogues));
    if (!csv.ok) throw new Error(JSON.stringify(csv.problem));
    return csv.value;
  } finally {
    await stores.close();
  }
}

describe('attendance exports streamed page by page', () => {
  it('the CSV written page by page is byte for byte the list built all at once', async () => {
    const { status, bytes, headers } = await getBytes(`${server.url}/api/v1/events/${eventId}/attendance.csv`);
    expect(status).toBe(200);
    expect(headers.get('content-disposition')).toBe(`attachment; filename="asistencia-${eventId}.csv"`);
    // ignoreBOM keeps the byte order mark in the text, so the comparison covers it too.
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
    const lines = text.split('\r\n').filter((l) => l !== '');
    expect(lines).toHaveLength(1 + PEOPLE_COUNT + PEOPLE_COUNT / 10 + 30);
    expect(lines.filter((l) => l.includes('Duplicado: admitido dos veces sin conexión'))).toHaveLength(PEOPLE_COUNT / 10);
    expect(text).toBe(await wholeListCsv());
  });

  it('the XLSX has every row in order, numbered, with the duplicates flagged', async () => {
    const { status, bytes } = await getBytes(`${server.url}/api/v1/events/${eventId}/attendance.xlsx`);
    expect(status).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes.buffer as ArrayBuffer);
    const sheet = workbook.getWorksheet('Asistencia')!;
    expect(sheet.rowCount).toBe(1 + PEOPLE_COUNT + PEOPLE_COUNT / 10 + 30);
    expect((sheet.getRow(1).values as unknown[]).slice(1)).toEqual(attendanceListColumns.map((c) => c.name));
    const numbers = Array.from({ length: sheet.rowCount - 1 }, (_, i) => sheet.getRow(i + 2).getCell(1).value);
    expect(numbers).toEqual(numbers.map((_, i) => i + 1));
    const statuses = Array.from({ length: sheet.rowCount - 1 }, (_, i) => sheet.getRow(i + 2).getCell(2).value);
    expect(statuses.filter((s) => s !== 'Admitido')).toHaveLength(PEOPLE_COUNT / 10);
  });

  it('an unknown event is a 404 problem, not an empty file', async () => {
    const response = await getBytes(`${server.url}/api/v1/events/no-existe/attendance.xlsx`);
    expect(response.status).toBe(404);
  });
});
