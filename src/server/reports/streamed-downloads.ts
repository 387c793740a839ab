import { once } from 'node:events';
import { PassThrough, Readable } from 'node:stream';
import type { Context } from 'hono';
import { csvFormatter } from '../../core/exports/csv-writer';
import type { CsvColumn, CsvValue } from '../../core/exports/csv-cell';
import { BOGOTA_OFFSET_MINUTES } from '../../core/time';
import { cellValue, type WorkbookOptions } from './xlsx-workbook';
import { writeXlsx } from './xlsx/xlsx-writer';
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

/** One sheet, written as its rows are read (see writeXlsx): memory holds a page, whatever the number of rows. */
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
      const sink = async (chunk: Uint8Array) => {
        out.write(chunk);
        await drained(out);
      };
      const written = await writeXlsx(sink, [{ ...sheet, pages }], options, (value, column) => cellValue(value, column, offset));
      if (!written.ok) throw new InvalidCell(JSON.stringify(written.problem));
    },
    logError,
  );
}
