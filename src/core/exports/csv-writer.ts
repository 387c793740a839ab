import { problem } from '../problems/problem';
import { fail, ok, type Result } from '../result';
import { formatCell, neutraliseFormula, quoteCell, type CsvColumn, type CsvValue } from './csv-cell';
import { BOGOTA_OFFSET_MINUTES } from '../time';

/**
 * Default ';': Excel takes its CSV separator from the regional list separator, which is ';' in
 * es-CO (where ',' is the decimal mark), so a ','-separated file opens as one column there. Use ','
 * for datos.gov.co and programs. The decimal mark follows: ',' with ';', '.' with ','.
 */
export interface CsvOptions {
  separator?: ';' | ',';
  decimalMark?: ',' | '.';
  /** Offset of the wall clock datetime columns are written in; Colombia −300. */
  offsetMinutes?: number;
  /** UTF-8 byte order mark, so Excel does not read "Señora" as "SeÃ±ora". On by default. */
  bom?: boolean;
}

export const BOM = '\uFEFF';
const CRLF = '\r\n';

/** One CSV file written piece by piece: `start` (BOM and header), then one `line` per row, each ending in CRLF. */
export interface CsvFormatter {
  start: string;
  line(row: readonly CsvValue[], rowIndex: number): Result<string>;
}

export function csvFormatter(columns: readonly CsvColumn[], options: CsvOptions = {}): CsvFormatter {
  const separator = options.separator ?? ';';
  const format = {
    decimalMark: options.decimalMark ?? (separator === ';' ? ',' : '.'),
    offsetMinutes: options.offsetMinutes ?? BOGOTA_OFFSET_MINUTES,
  } as const;
  const header = columns.map((c) => quoteCell(neutraliseFormula(c.name), separator)).join(separator);
  return {
    start: (options.bom === false ? '' : BOM) + header + CRLF,
    line: (row, rowIndex) => {
      if (row.length !== columns.length) {
        return fail(problem('export.invalid_cell', { row: rowIndex, expected: columns.length, got: row.length }));
      }
      const cells: string[] = [];
      for (let i = 0; i < columns.length; i++) {
        const column = columns[i]!;
        const text = formatCell(row[i], column, format);
        if (text === undefined) {
          return fail(problem('export.invalid_cell', { row: rowIndex, column: column.name, type: column.type }));
        }
        cells.push(quoteCell(text, separator));
      }
      return ok(cells.join(separator) + CRLF);
    },
  };
}

/**
 * The text of a CSV file (encode it as UTF-8 at the edge, e.g. TextEncoder). Every record ends
 * with CRLF. A value that does not fit its column stops the export with export.invalid_cell:
 * a half-right file is worse than none.
 */
export function writeCsv(
  columns: readonly CsvColumn[],
  rows: Iterable<readonly CsvValue[]>,
  options: CsvOptions = {},
): Result<string> {
  const formatter = csvFormatter(columns, options);
  const parts: string[] = [formatter.start];
  let rowIndex = 0;
  for (const row of rows) {
    const line = formatter.line(row, rowIndex);
    if (!line.ok) return line;
    parts.push(line.value);
    rowIndex += 1;
  }
  return ok(parts.join(''));
}
