import { inertText } from '../../core/text/inert-text';
import { neutraliseFormula, type CsvColumn, type CsvValue } from '../../core/exports/csv-cell';
import { ok, type Result } from '../../core/result';
import { BOGOTA_OFFSET_MINUTES, isCalendarDate, parseInstant } from '../../core/time';
import type { CellValue } from './xlsx/sheet-xml';
import { writeXlsx } from './xlsx/xlsx-writer';

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

export type { CellValue };

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

/** The workbook as bytes, or export.invalid_cell naming the sheet, row and column that did not fit. */
export async function xlsxWorkbook(sheets: readonly Sheet[], options: WorkbookOptions): Promise<Result<Uint8Array>> {
  const offset = options.offsetMinutes ?? BOGOTA_OFFSET_MINUTES;
  const chunks: Uint8Array[] = [];
  const written = await writeXlsx(
    async (chunk) => void chunks.push(chunk),
    sheets.map((sheet) => ({ name: sheet.name, columns: sheet.columns, pages: [sheet.rows] })),
    options,
    (value, column) => cellValue(value, column, offset),
  );
  return written.ok ? ok(new Uint8Array(Buffer.concat(chunks))) : written;
}
