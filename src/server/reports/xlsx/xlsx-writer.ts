import type { CsvColumn, CsvValue } from '../../../core/exports/csv-cell';
import { problem, type Problem } from '../../../core/problems/problem';
import { fail, ok, type Result } from '../../../core/result';
import { sheetEnd, sheetStart, rowXml, type CellValue } from './sheet-xml';
import { appProperties, contentTypes, coreProperties, packageRelationships, styles, workbook, workbookRelationships } from './spreadsheet-parts';
import { createZipWriter, type ByteSink } from './zip-writer';

type Rows = readonly (readonly CsvValue[])[];

/** A sheet whose rows come page by page (a query's pages, or one page of rows already in memory). */
export interface SheetSource {
  name: string;
  columns: readonly CsvColumn[];
  pages: AsyncIterable<Rows> | Iterable<Rows>;
}

/** How a value becomes a typed cell; undefined when it does not fit its column. */
export type CellOf = (value: CsvValue, column: CsvColumn) => CellValue | undefined;

class CellRefused extends Error {
  constructor(readonly problem: Problem) {
    super(problem.code);
  }
}

/**
 * An XLSX package written straight into `sink`: each sheet's XML is produced a page of rows at a time and
 * deflated as it goes, so memory holds one page whatever the number of rows, and a slow reader slows the
 * writer. A row that does not fit its columns stops the file with export.invalid_cell (what was already
 * written is not a valid file: a streamed download is then cut short by the caller).
 */
export async function writeXlsx(
  sink: ByteSink,
  sheets: readonly SheetSource[],
  options: { title: string; created: Date },
  cellOf: CellOf,
): Promise<Result<void>> {
  const zip = createZipWriter(sink, options.created);
  try {
    await zip.entry('[Content_Types].xml', [contentTypes(sheets.length)]);
    await zip.entry('_rels/.rels', [packageRelationships()]);
    await zip.entry('docProps/core.xml', [coreProperties(options.title, options.created)]);
    await zip.entry('docProps/app.xml', [appProperties()]);
    await zip.entry('xl/workbook.xml', [workbook(sheets)]);
    await zip.entry('xl/_rels/workbook.xml.rels', [workbookRelationships(sheets.length)]);
    await zip.entry('xl/styles.xml', [styles()]);
    for (let s = 0; s < sheets.length; s++) await zip.entry(`xl/worksheets/sheet${s + 1}.xml`, sheetXml(sheets[s]!, cellOf));
    await zip.finish();
    return ok(undefined);
  } catch (error) {
    if (error instanceof CellRefused) return fail(error.problem);
    throw error;
  }
}

/**
 * Text encoded at a time: a page's XML is never one string, and each piece stays below V8's large-object size
 * (128 KB), where a string found alive by a young collection goes straight to the old generation.
 */
const CHUNK_CHARS = 32 * 1024;

async function* sheetXml(sheet: SheetSource, cellOf: CellOf): AsyncGenerator<string | Uint8Array> {
  yield sheetStart(sheet.columns);
  const pages = pagesOf(sheet.pages);
  let written = 0;
  for (;;) {
    const next = await nextPageBytes(pages, written, sheet, cellOf);
    if (next === undefined) break;
    written += next.rows;
    yield next.bytes;
  }
  yield sheetEnd(sheet.columns);
}

const pagesOf = (pages: SheetSource['pages']): AsyncIterator<Rows> | Iterator<Rows> =>
  Symbol.asyncIterator in pages ? pages[Symbol.asyncIterator]() : pages[Symbol.iterator]();

/**
 * The next page's bytes, or undefined after the last page. A function of its own so that nothing holds the
 * page's rows while its bytes wait for the deflater and the reader.
 */
async function nextPageBytes(pages: AsyncIterator<Rows> | Iterator<Rows>, first: number, sheet: SheetSource, cellOf: CellOf): Promise<{ bytes: Buffer; rows: number } | undefined> {
  const next = await pages.next();
  if (next.done === true) return undefined;
  return { bytes: pageBytes(next.value, first, sheet, cellOf), rows: next.value.length };
}

/**
 * One page of rows as UTF-8, built in one go: the page's rows and strings die young, in the turn that made
 * them, and only the bytes (outside the JavaScript heap) wait for the deflater.
 */
function pageBytes(page: Rows, first: number, sheet: SheetSource, cellOf: CellOf): Buffer {
  const { name, columns } = sheet;
  const chunks: Buffer[] = [];
  let text = '';
  for (let r = 0; r < page.length; r++) {
    const row = page[r]!;
    const index = first + r;
    if (row.length !== columns.length) throw new CellRefused(problem('export.invalid_cell', { sheet: name, row: index, expected: columns.length, got: row.length }));
    const values: CellValue[] = [];
    for (let i = 0; i < columns.length; i++) {
      const value = cellOf(row[i], columns[i]!);
      if (value === undefined) throw new CellRefused(problem('export.invalid_cell', { sheet: name, row: index, column: columns[i]!.name, type: columns[i]!.type }));
      values.push(value);
    }
    text += rowXml(values, index + 2, columns);
    if (text.length >= CHUNK_CHARS) {
      chunks.push(Buffer.from(text, 'utf8'));
      text = '';
    }
  }
  if (text !== '') chunks.push(Buffer.from(text, 'utf8'));
  return Buffer.concat(chunks);
}
