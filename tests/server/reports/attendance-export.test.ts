import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { attendanceListColumns } from '../../../src/server/reports/attendance-list';
import { parseCsv } from '../../core/exports/csv-parse';
import { readStoredRows } from '../support/sqlite-file';
import { startAuthedServer, type AuthedServer } from '../support/authed-server';
import { anonymousRecord, createEvent, getBytes, PEOPLE, personCheckIn, pushAccepted, v1Entry } from './fixtures';

const HYPERLINK = '=HYPERLINK("http://malo.example/robar?x=1","Haga clic")';
const HEADERS = attendanceListColumns.map((c) => c.name);
const BOGOTA_MS = -5 * 3600_000;

let server: AuthedServer;
let eventId: string;
let ids: { first: string; duplicate: string; anonymous: string; formula: string };

beforeAll(async () => {
  server = await startAuthedServer();
  eventId = (await createEvent(server.url, { name: 'Audiencia pública de Itagüí — año 2026' })).id;
  const [jose, maria, luis] = PEOPLE.map((p, i) => personCheckIn(eventId, p, `2026-11-21T09:0${i}:00-05:00`));
  const duplicate = personCheckIn(eventId, PEOPLE[0]!, '2026-11-21T09:40:00-05:00', 'puerta-2');
  const anonymous = anonymousRecord(eventId, 'puerta-2', '2026-11-21T14:20:00Z');
  const formula = v1Entry(eventId, HYPERLINK, '99887766', '2026-11-21T09:30:00-05:00');
  await pushAccepted(server.url, [jose!, maria!, luis!, duplicate, anonymous, formula]);
  ids = { first: jose!.id, duplicate: duplicate.id, anonymous: anonymous.id, formula: formula.id };
});
afterAll(() => server.dispose());

interface StoredRow {
  id: string;
  received_at: string;
  checked_in_at: string;
}
const storedRows = () =>
  readStoredRows<StoredRow>(
    server.dataDir,
    "select id, received_at, coalesce(json_extract(payload, '$.checkedInAt'), created_at) as checked_in_at from records where event_id = ? and kind like 'attendance.%' and kind <> 'attendance.registration'",
    eventId,
  );
const wallClock = (iso: string) => new Date(Date.parse(iso) + BOGOTA_MS);

describe('GET /api/v1/events/:id/attendance.xlsx', () => {
  it('is a typed workbook that matches the database, accents intact, formulas neutralised', async () => {
    const { status, bytes, headers } = await getBytes(`${server.url}/api/v1/events/${eventId}/attendance.xlsx`);
    expect(status).toBe(200);
    expect(headers.get('content-type')).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(headers.get('content-disposition')).toBe(`attachment; filename="asistencia-${eventId}.xlsx"`);
    expect(headers.get('cache-control')).toBe('no-store');

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes.buffer as ArrayBuffer);
    const sheet = workbook.getWorksheet('Asistencia')!;
    expect((sheet.getRow(1).values as unknown[]).slice(1)).toEqual(HEADERS);
    const col = (name: string) => HEADERS.indexOf(name) + 1;
    const rows = Array.from({ length: sheet.rowCount - 1 }, (_, i) => sheet.getRow(i + 2));
    const stored = new Map(storedRows().map((r) => [r.id, r]));
    expect(rows).toHaveLength(stored.size);
    expect(stored.size).toBe(6);

    for (const [i, row] of rows.entries()) {
      const id = row.getCell(col('Id del registro')).value as string;
      const db = stored.get(id)!;
      expect(db, id).toBeDefined();
      expect(row.getCell(col('N.º')).value).toBe(i + 1);
      const arrived = row.getCell(col('Hora de llegada (hora de Colombia)')).value;
      expect(arrived).toBeInstanceOf(Date);
      expect((arrived as Date).getTime()).toBe(wallClock(db.checked_in_at).getTime());
      const received = row.getCell(col('Recibido en el servidor')).value as Date;
      expect(received).toBeInstanceOf(Date);
      // Excel keeps milliseconds only as a fraction of a day: equal to the millisecond or so.
      expect(Math.abs(received.getTime() - wallClock(db.received_at).getTime())).toBeLessThan(2);
    }
    const byId = new Map(rows.map((r) => [r.getCell(col('Id del registro')).value as string, r]));
    const cell = (id: string, name: string) => byId.get(id)!.getCell(col(name));

    expect(cell(ids.first, 'Nombre').value).toBe('José Ñúñez Peña Ríos');
    expect(cell(ids.first, 'Número de documento').value).toBe('71234567');
    expect(cell(ids.first, 'Comuna o corregimiento').value).toBe('Manrique');
    expect(cell(ids.first, 'Autorización de tratamiento de datos').value).toBe('Sí');
    expect(cell(ids.first, 'Versión del aviso de privacidad').value).toBe('2026-1');
    expect(cell(ids.duplicate, 'Estado').value).toBe('Duplicado: admitido dos veces sin conexión');
    expect(cell(ids.duplicate, 'Duplicado de (id del registro que cuenta)').value).toBe(ids.first);
    expect(cell(ids.first, 'Estado').value).toBe('Admitido');
    expect(cell(ids.anonymous, 'Nombre').value).toBeNull();
    expect(cell(ids.anonymous, 'Autorización de tratamiento de datos').value).toBe('No: conteo anónimo');

    const formula = cell(ids.formula, 'Nombre');
    expect(formula.type).toBe(ExcelJS.ValueType.String);
    expect(formula.value).toBe(`'${HYPERLINK}`);
    expect(formula.formula).toBeUndefined();
  });
});

describe('GET /api/v1/events/:id/attendance.csv', () => {
  it('is UTF-8 with a BOM, ;-separated, with the header, accents and neutralised formulas', async () => {
    const { status, bytes, headers } = await getBytes(`${server.url}/api/v1/events/${eventId}/attendance.csv`);
    expect(status).toBe(200);
    expect(headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(headers.get('content-disposition')).toBe(`attachment; filename="asistencia-${eventId}.csv"`);
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);

    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
    expect(text.split('\r\n')[0]).toBe(`\uFEFF${HEADERS.join(';')}`);
    const [header, ...rows] = parseCsv(text, ';');
    expect(header).toEqual(HEADERS);
    expect(rows).toHaveLength(6);
    const byId = new Map(rows.map((r) => [r[HEADERS.indexOf('Id del registro')]!, r]));
    const value = (id: string, name: string) => byId.get(id)![HEADERS.indexOf(name)];

    expect(value(ids.first, 'Nombre')).toBe('José Ñúñez Peña Ríos');
    expect(value(ids.first, 'Hora de llegada (hora de Colombia)')).toBe('2026-11-21 09:00:00');
    expect(value(ids.anonymous, 'Hora de llegada (hora de Colombia)')).toBe('2026-11-21 09:20:00');
    expect(value(ids.duplicate, 'Duplicado de (id del registro que cuenta)')).toBe(ids.first);
    expect(value(ids.first, 'Versión del aviso de privacidad')).toBe('2026-1');
    expect(value(ids.formula, 'Nombre')).toBe(`'${HYPERLINK}`);
    expect(text).not.toMatch(/(^|;|\r\n)"?=HYPERLINK/);
  });

  it('answers 404 for an unknown event', async () => {
    const { status } = await getBytes(`${server.url}/api/v1/events/no-existe/attendance.csv`);
    expect(status).toBe(404);
  });
});
