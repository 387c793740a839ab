import ExcelJS from 'exceljs';
import { afterAll, describe, expect, it } from 'vitest';
import { emptyEventDraft, eventBody } from '../../../src/app/state/events/event-draft';
import { xlsxWorkbook } from '../../../src/server/reports/xlsx-workbook';

// The office PC (or the server) may not be on Bogotá time: Node re-reads TZ when it is assigned, and vitest
// runs this file in its own process. Excel dates have no zone, so the cell must hold Bogotá's wall clock.
const ZONES = ['UTC', 'America/Bogota', 'Asia/Tokyo', 'America/Los_Angeles'];
const original = process.env.TZ;
afterAll(() => {
  if (original === undefined) delete process.env.TZ;
  else process.env.TZ = original;
});

describe.each(ZONES)('an XLSX written and read where TZ=%s', (zone) => {
  it('holds 09:00 for an event entered at 09:00 in Bogotá, however the instant was written', async () => {
    process.env.TZ = zone;
    // As the office types it into the event form on this PC.
    const entered = eventBody({ ...emptyEventDraft(), startsAt: '2026-11-21T09:00' }).startsAt as string;
    const sheet = {
      name: 'Eventos',
      columns: [
        { name: 'Inicio', type: 'datetime' as const },
        { name: 'Fecha', type: 'date' as const },
      ],
      rows: [
        ['2026-11-21T09:00:00.000-05:00', '2026-11-21'],
        ['2026-11-21T14:00:00Z', '2026-11-21'],
        ['2026-11-22T04:30:00+00:00', '2026-11-21'],
        [entered, '2026-11-21'],
      ],
    };
    const written = await xlsxWorkbook([sheet], { title: 'Eventos', created: new Date(Date.UTC(2026, 10, 21)) });
    expect(written.ok).toBe(true);
    if (!written.ok) return;
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(written.value.buffer as ArrayBuffer);
    const rows = workbook.getWorksheet('Eventos')!;
    // exceljs reads a serial as a UTC Date: its UTC fields are what Excel shows.
    const shown = (r: number, c: number) => (rows.getRow(r).getCell(c).value as Date).toISOString().slice(0, 16);
    expect(shown(2, 1)).toBe('2026-11-21T09:00');
    expect(shown(3, 1)).toBe('2026-11-21T09:00');
    expect(shown(4, 1)).toBe('2026-11-21T23:30');
    expect(shown(5, 1)).toBe('2026-11-21T09:00');
    expect(shown(2, 2)).toBe('2026-11-21T00:00');
  });
});
