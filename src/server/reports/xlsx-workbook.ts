import { inertText } from '../../core/text/inert-text';
import { neutraliseFormula, type CsvColumn, type CsvValue } from '../../core/exports/csv-cell';
import { problem } from '../../core/problems/problem';
import { fail, ok, type Result } from '../../core/result';
import { BOGOTA_OFFSET_MINUTES, isCalendarDate, parseInstant } from '../../core/time';

/** One table of a workbook; `name` of each column is its header. The same columns write the CSV. */
export interface Sheet {
  name: string;
  columns: readonly CsvColumn[];
  rows: readonly (readonly CsvValue[])[];
}

export interface WorkbookOptions {
  title: string;
  /** Stamped as the file's creation date (the server clock, passed in). */
  created: Date;
  /** Wall clock of datetime cells; Colombia −300. */
  offsetMinutes?: number;
}

export type CellValue = string | number | boolean | Date | null;

export const FORMATS: Record<CsvColumn['type'], string> = {
  text: '@',
  integer: '0',
  decimal: '0.00',
  date: 'yyyy-mm-dd',
  datetime: 'yyyy-mm-dd hh:mm:ss',
  boolean: 'General',
};

/**
 * Typed cells, so a spreadsheet sorts and sums them: numbers as numbers, dates as dates. Excel dates
 * have no time zone, so a datetime is written as the wall-clock time at `offsetMinutes` (what people
 * saw on the clock at the door), as in the CSV. Text is never a formula: it is stored as a string,
 * and text starting with = + - @ also gets the CSV's apostrophe, so editing the cell later cannot
 * turn it into one. Undefined when the value does not fit its column.
 */
export function cellValue(value: CsvValue, column: CsvColumn, offsetMinutes: number): CellValue | undefined {
  if (value === null || value === undefined) return null;
  switch (column.type) {
    case 'text':
      return typeof value === 'string' ? neutraliseFormula(inertText(value)) : undefined;
    case 'integer':
      return typeof value === 'number' && Number.isSafeInteger(value) ? value : undefined;
    case 'decimal':
      return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
    case 'boolean':
      return typeof value === 'boolean' ? value : undefined;
    case 'date':
      return typeof value === 'string' && isCalendarDate(value) ? new Date(`${value}T00:00:00Z`) : undefined;
    case 'datetime': {
      const ms = typeof value === 'string' ? parseInstant(value) : undefined;
      return ms === undefined ? undefined : new Date(ms + offsetMinutes * 60_000);
    }
  }
}

export const widthOf = (column: CsvColumn) => Math.min(60, Math.max(10, column.name.length + 2, column.type === 'datetime' ? 20 : 0));

/** The workbook as bytes, or export.invalid_cell naming the sheet, row and column that did not fit. */
export async function xlsxWorkbook(sheets: readonly Sheet[], options: WorkbookOptions): Promise<Result<Uint8Array>> {
  const offset = options.offsetMinutes ?? BOGOTA_OFFSET_MINUTES;
  // Loaded on the first export only: exceljs adds ~0.4 s and tens of MB to every server start otherwise.
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Cabildo';
  workbook.title = options.title;
  workbook.created = options.created;
  for (const sheet of sheets) {
    const worksheet = workbook.addWorksheet(sheet.name, { views: [{ state: 'frozen', ySplit: 1 }] });
    worksheet.columns = sheet.columns.map((c) => ({ header: neutraliseFormula(c.name), width: widthOf(c), style: { numFmt: FORMATS[c.type] } }));
    worksheet.getRow(1).font = { bold: true };
    for (let r = 0; r < sheet.rows.length; r++) {
      const row = sheet.rows[r]!;
      if (row.length !== sheet.columns.length) return fail(problem('export.invalid_cell', { sheet: sheet.name, row: r, expected: sheet.columns.length, got: row.length }));
      const values: CellValue[] = [];
      for (let i = 0; i < sheet.columns.length; i++) {
        const column = sheet.columns[i]!;
        const value = cellValue(row[i], column, offset);
        if (value === undefined) {
          return fail(problem('export.invalid_cell', { sheet: sheet.name, row: r, column: column.name, type: column.type }));
        }
        values.push(value);
      }
      worksheet.addRow(values);
    }
    if (sheet.columns.length > 0) worksheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: sheet.columns.length } };
  }
  return ok(new Uint8Array(await workbook.xlsx.writeBuffer()));
}
