import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { CsvColumn, CsvValue } from '../../../src/core/exports/csv-cell';
import { cellValue } from '../../../src/server/reports/xlsx-workbook';
import { writeXlsx } from '../../../src/server/reports/xlsx/xlsx-writer';

const columns: CsvColumn[] = [
  { name: 'N.º', type: 'integer' },
  { name: 'Nombre', type: 'text' },
];
const cellOf = (value: CsvValue, column: CsvColumn) => cellValue(value, column, -300);
const options = { title: 'Listado', created: new Date('2026-12-02T15:00:00Z') };

async function written(pages: AsyncIterable<CsvValue[][]> | CsvValue[][][], sink?: (chunk: Uint8Array) => void) {
  const chunks: Uint8Array[] = [];
  const result = await writeXlsx(
    async (chunk) => {
      chunks.push(chunk);
      sink?.(chunk);
    },
    [{ name: 'Asistencia', columns, pages }],
    options,
    cellOf,
  );
  return { result, bytes: Buffer.concat(chunks) };
}

describe('the XLSX writer', () => {
  it('writes rows from several pages in order, text with XML\'s special characters intact and control characters dropped', async () => {
    const pages = [[[1, 'Ana <Peña> & "Ríos"']], [[2, 'Luis\u0007 Gómez']], [[3, null]]];
    const { result, bytes } = await written(pages);
    expect(result.ok).toBe(true);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
    const sheet = workbook.getWorksheet('Asistencia')!;
    const values = sheet.getSheetValues().slice(1).map((row) => (row as unknown[]).slice(1));
    expect(values).toEqual([['N.º', 'Nombre'], [1, 'Ana <Peña> & "Ríos"'], [2, 'Luis Gómez'], [3]]);
    expect(sheet.getCell('A1').font?.bold).toBe(true);
    expect(workbook.title).toBe('Listado');
  });

  it('refuses a row that does not fit its columns, naming the row and column', async () => {
    const { result } = await written([[[1, 'Ana']], [[2, 3 as unknown as string]]]);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problem).toMatchObject({ code: 'export.invalid_cell', details: { sheet: 'Asistencia', row: 1, column: 'Nombre', type: 'text' } });
  });

  it('sends bytes out before it has read the last page (a 100,000-row download is never held whole)', async () => {
    let bytesBeforeLastPage = 0;
    let sent = 0;
    async function* pages(): AsyncGenerator<CsvValue[][]> {
      for (let p = 0; p < 5; p++) {
        // Varied text, so deflate has something to emit after each page.
        yield Array.from({ length: 2_000 }, (_, i) => [p * 2_000 + i, `Persona ${(p * 2_000 + i) * 7919} ${Math.sin(i).toFixed(12)}`]);
        if (p === 3) bytesBeforeLastPage = sent;
      }
    }
    const { result, bytes } = await written(pages(), (chunk) => (sent += chunk.length));
    expect(result.ok).toBe(true);
    expect(bytesBeforeLastPage).toBeGreaterThan(bytes.length / 2);
  });
});
