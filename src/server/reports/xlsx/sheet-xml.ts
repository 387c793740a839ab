import type { CsvColumn } from '../../../core/exports/csv-cell';
import { neutraliseFormula } from '../../../core/exports/csv-cell';
import { columnLetters, STYLE, xmlText } from './spreadsheet-parts';

/** A typed cell (see cellValue in ../xlsx-workbook.ts); null leaves the cell out. */
export type CellValue = string | number | boolean | Date | null;

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const DAY_MS = 86_400_000;
const EXCEL_EPOCH_DAYS = 25_569; // 1970-01-01 as an Excel serial day (1900 system)

export const widthOf = (column: CsvColumn) => Math.min(60, Math.max(10, column.name.length + 2, column.type === 'datetime' ? 20 : 0));

/** The sheet up to its bold header row: frozen under the header, columns sized and formatted by type. */
export function sheetStart(columns: readonly CsvColumn[]): string {
  const cols = columns.map((c, i) => `<col min="${i + 1}" max="${i + 1}" width="${widthOf(c)}" style="${STYLE[c.type]}" customWidth="1"/>`).join('');
  const header = columns.map((c, i) => `<c r="${columnLetters(i)}1" t="inlineStr" s="${STYLE.header}"><is><t xml:space="preserve">${xmlText(neutraliseFormula(c.name))}</t></is></c>`).join('');
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    `<worksheet xmlns="${MAIN}" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">` +
    '<sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/></sheetView></sheetViews>' +
    '<sheetFormatPr defaultRowHeight="15"/>' +
    (cols ? `<cols>${cols}</cols>` : '') +
    `<sheetData><row r="1">${header}</row>`
  );
}

/** One data row; `rowNumber` is the spreadsheet's (the header is 1). */
export function rowXml(values: readonly CellValue[], rowNumber: number, columns: readonly CsvColumn[]): string {
  let cells = '';
  for (let i = 0; i < values.length; i++) {
    const value = values[i];
    if (value === null || value === undefined) continue;
    const ref = `${columnLetters(i)}${rowNumber}`;
    const style = STYLE[columns[i]!.type];
    if (typeof value === 'string') cells += `<c r="${ref}" t="inlineStr" s="${style}"><is><t xml:space="preserve">${xmlText(value)}</t></is></c>`;
    else if (typeof value === 'boolean') cells += `<c r="${ref}" t="b" s="${style}"><v>${value ? 1 : 0}</v></c>`;
    else if (typeof value === 'number') cells += `<c r="${ref}" s="${style}"><v>${value}</v></c>`;
    else cells += `<c r="${ref}" s="${style}"><v>${value.getTime() / DAY_MS + EXCEL_EPOCH_DAYS}</v></c>`;
  }
  return `<row r="${rowNumber}">${cells}</row>`;
}

export function sheetEnd(columns: readonly CsvColumn[]): string {
  const filter = columns.length === 0 ? '' : `<autoFilter ref="A1:${columnLetters(columns.length - 1)}1"/>`;
  return `</sheetData>${filter}</worksheet>`;
}
