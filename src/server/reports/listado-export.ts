import type { Catalogues } from '../../core/catalogues';
import type { CsvColumn, CsvValue } from '../../core/exports/csv-cell';
import { csvFormatter } from '../../core/exports/csv-writer';
import { fail, ok, type Result } from '../../core/result';
import { BOGOTA_OFFSET_MINUTES } from '../../core/time';
import type { ReportStore } from '../store/report-store';
import type { ListNaming } from './attendance-list';
import { attendanceListPages } from './attendance-list-pages';
import { cellValue } from './xlsx-workbook';
import { writeXlsx } from './xlsx/xlsx-writer';
import type { ByteSink } from './xlsx/zip-writer';

type Pages = AsyncIterable<readonly (readonly CsvValue[])[]>;

/**
 * One listado de asistencia download, as the server asks for it: everything its bytes depend on that is not in
 * the database, decided by the server (the event exists, the current territories title the column, the clock).
 * Plain data: it crosses to an export worker (export-worker.ts) as it is.
 */
export interface ListadoExport {
  format: 'csv' | 'xlsx';
  eventId: string;
  catalogues: Catalogues;
  naming: ListNaming;
  columns: readonly CsvColumn[];
  /** The workbook's title (XLSX). */
  title: string;
  /** The server's clock: the workbook's creation date (XLSX). */
  created: Date;
}

/**
 * The listado's bytes into `sink`, page by page (attendance-list-pages.ts): the same code in an export worker and,
 * as a fallback, in process, so both give the same bytes. A row that does not fit its columns stops it with
 * export.invalid_cell after what was written; `signal` stops it between pages.
 */
export function writeListado(reports: ReportStore, job: ListadoExport, sink: ByteSink, signal?: AbortSignal): Promise<Result<void>> {
  const pages = attendanceListPages(reports, job.eventId, job.catalogues, job.naming, signal);
  return job.format === 'csv' ? writeCsvPages(sink, job.columns, pages) : writeXlsxPages(sink, { name: 'Asistencia', columns: job.columns }, pages, job);
}

const utf8 = (text: string): Uint8Array => Buffer.from(text, 'utf8');

async function writeCsvPages(sink: ByteSink, columns: readonly CsvColumn[], pages: Pages): Promise<Result<void>> {
  const csv = csvFormatter(columns);
  await sink(utf8(csv.start));
  let index = 0;
  for await (const page of pages) {
    const lines: string[] = [];
    for (const row of page) {
      const line = csv.line(row, index++);
      if (!line.ok) return fail(line.problem);
      lines.push(line.value);
    }
    await sink(utf8(lines.join('')));
  }
  return ok(undefined);
}

/** One sheet, written as its rows are read (see writeXlsx): memory holds a page, whatever the number of rows. */
function writeXlsxPages(sink: ByteSink, sheet: { name: string; columns: readonly CsvColumn[] }, pages: Pages, options: { title: string; created: Date }): Promise<Result<void>> {
  return writeXlsx(sink, [{ ...sheet, pages }], options, (value, column) => cellValue(value, column, BOGOTA_OFFSET_MINUTES));
}
