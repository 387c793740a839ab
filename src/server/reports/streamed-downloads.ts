import { once } from 'node:events';
import { PassThrough, Readable } from 'node:stream';
import type { Context } from 'hono';
import { csvFormatter } from '../../core/exports/csv-writer';
import type { CsvColumn, CsvValue } from '../../core/exports/csv-cell';
import { BOGOTA_OFFSET_MINUTES } from '../../core/time';
import { neutraliseFormula } from '../../core/exports/csv-cell';
import { cellValue, FORMATS, widthOf, type CellValue, type WorkbookOptions } from './xlsx-workbook';
import { CSV_TYPE, XLSX_TYPE, safeFileName } from './downloads';

type Pages = AsyncIterable<readonly (readonly CsvValue[])[]>;

/**
 * A download written while it is read: rows go out page by page, so memory stays flat whatever the
 * number of rows, and a slow client slows the writer instead of filling memory (backpressure). Once the
 * first bytes are out an error can no longer become a problem answer: the download is cut short (the
 * client sees an incomplete file, never a complete-looking wrong one) and the error is logged.
 */
function streamedDownload(c: Context, contentType: string, filename: string, write: (out: PassThrough) => Promise<void>, logError: (e: unknown) => void): Response {
  const out = new PassThrough();
  write(out).then(
    () => out.end(),
    (error: unknown) => {
      // A client that went away is no fault of ours.
      if (!out.destroyed) logError(error);
      out.destroy(error instanceof Error ? error : new Error(String(error)));
    },
  );
  return c.body(Readable.toWeb(out) as ReadableStream<Uint8Array>, 200, {
    'Content-Type': contentType,
    'Content-Disposition': `attachment; filename="${safeFileName(filename)}"`,
  });
}

const drained = async (out: PassThrough) => {
  if (out.destroyed) throw new Error('La descarga se interrumpió: el cliente cerró la conexión.');
  if (out.writableNeedDrain) await once(out, 'drain');
};

class InvalidCell extends Error {}

export function streamCsv(c: Context, columns: readonly CsvColumn[], pages: Pages, filename: string, logError: (e: unknown) => void): Response {
  return streamedDownload(
    c,
    CSV_TYPE,
    filename,
    async (out) => {
      const csv = csvFormatter(columns);
      out.write(csv.start);
      let index = 0;
      for await (const page of pages) {
        const lines: string[] = [];
        for (const row of page) {
          const line = csv.line(row, index++);
          if (!line.ok) throw new InvalidCell(JSON.stringify(line.problem));
          lines.push(line.value);
        }
        out.write(lines.join(''));
        await drained(out);
      }
    },
    logError,
  );
}

/** One sheet, streamed with exceljs's WorkbookWriter: each row is committed (written and forgotten) as it comes. */
export function streamXlsx(
  c: Context,
  sheet: { name: string; columns: readonly CsvColumn[] },
  pages: Pages,
  options: WorkbookOptions,
  filename: string,
  logError: (e: unknown) => void,
): Response {
  return streamedDownload(
    c,
    XLSX_TYPE,
    filename,
    async (out) => {
      const offset = options.offsetMinutes ?? BOGOTA_OFFSET_MINUTES;
      const { default: ExcelJS } = await import('exceljs');
      const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: false });
      workbook.creator = 'Cabildo';
      workbook.title = options.title;
      workbook.created = options.created;
      const worksheet = workbook.addWorksheet(sheet.name, { views: [{ state: 'frozen', ySplit: 1 }] });
      worksheet.columns = sheet.columns.map((col) => ({ header: neutraliseFormula(col.name), width: widthOf(col), style: { numFmt: FORMATS[col.type] } }));
      worksheet.getRow(1).font = { bold: true };
      if (sheet.columns.length > 0) worksheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: sheet.columns.length } };
      let index = 0;
      for await (const page of pages) {
        for (const row of page) {
          if (row.length !== sheet.columns.length) throw new InvalidCell(`fila ${index}: ${row.length} celdas, se esperaban ${sheet.columns.length}`);
          const values: CellValue[] = [];
          for (let i = 0; i < sheet.columns.length; i++) {
            const value = cellValue(row[i], sheet.columns[i]!, offset);
            if (value === undefined) throw new InvalidCell(`fila ${index}, columna ${sheet.columns[i]!.name}`);
            values.push(value);
          }
          worksheet.addRow(values).commit();
          index += 1;
        }
        await drained(out);
      }
      worksheet.commit();
      await workbook.commit();
    },
    logError,
  );
}
