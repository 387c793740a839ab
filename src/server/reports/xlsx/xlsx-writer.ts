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

async function* sheetXml(sheet: SheetSource, cellOf: CellOf): AsyncGenerator<string> {
  const { name, columns } = sheet;
  yield sheetStart(columns);
  let index = 0;
  for await (const page of sheet.pages) {
    const lines: string[] = [];
    for (const row of page) {
      if (row.length !== columns.length) throw new CellRefused(problem('export.invalid_cell', { sheet: name, row: index, expected: columns.length, got: row.length }));
      const values: CellValue[] = [];
      for (let i = 0; i < columns.length; i++) {
        const value = cellOf(row[i], columns[i]!);
        if (value === undefined) throw new CellRefused(problem('export.invalid_cell', { sheet: name, row: index, column: columns[i]!.name, type: columns[i]!.type }));
        values.push(value);
      }
      lines.push(rowXml(values, index + 2, columns));
      index += 1;
    }
    yield lines.join('');
  }
  yield sheetEnd(columns);
}
