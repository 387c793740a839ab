import { isCalendarDate, parseInstant, wallClockText } from '../time';
import { inertText } from '../text/inert-text';

/**
 * How each column type is written so that it reads back, in our parser and in a spreadsheet:
 * - integer: plain digits, no thousands separator.
 * - decimal: the decimal mark of the file (',' in Spanish-locale Excel, '.' otherwise), never exponents.
 * - date: YYYY-MM-DD. datetime: wall-clock "YYYY-MM-DD HH:MM:SS" at the file's stated offset (Excel and
 *   datos.gov.co read this form; neither reads an ISO offset), the dictionary says which offset.
 * - boolean: true / false (what datos.gov.co's checkbox columns import).
 * - text: as given, neutralised against formula injection.
 * Empty (null/undefined) is an empty cell in any column.
 */
export type ColumnType = 'text' | 'integer' | 'decimal' | 'date' | 'datetime' | 'boolean';

export interface CsvColumn {
  name: string;
  type: ColumnType;
  /** decimal only: fixed digits after the mark (e.g. 2 for a mean rating). */
  fractionDigits?: number;
}

export type CsvValue = string | number | boolean | null | undefined;

export interface CellFormat {
  decimalMark: ',' | '.';
  offsetMinutes: number;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;
// Spreadsheets run a cell starting with these as a formula (CSV injection, OWASP).
const FORMULA_START = /^[=+\-@\t\r]/;

/** Prefixes an apostrophe so spreadsheets show the text instead of running it. */
export const neutraliseFormula = (text: string): string => (FORMULA_START.test(text) ? `'${text}` : text);

/** The cell text before quoting, or undefined when the value does not fit the column. */
export function formatCell(value: CsvValue, column: CsvColumn, format: CellFormat): string | undefined {
  if (value === null || value === undefined) return '';
  switch (column.type) {
    case 'text':
      return typeof value === 'string' ? neutraliseFormula(inertText(value)) : undefined;
    case 'integer':
      return typeof value === 'number' && Number.isSafeInteger(value) ? String(value) : undefined;
    case 'decimal':
      return typeof value === 'number' ? formatDecimal(value, column.fractionDigits, format.decimalMark) : undefined;
    case 'boolean':
      return typeof value === 'boolean' ? String(value) : undefined;
    case 'date':
      return typeof value === 'string' && DATE.test(value) && isCalendarDate(value) ? value : undefined;
    case 'datetime':
      return typeof value === 'string' ? formatDateTime(value, format.offsetMinutes) : undefined;
  }
}

function formatDecimal(n: number, digits: number | undefined, mark: string): string | undefined {
  if (!Number.isFinite(n) || Math.abs(n) >= 1e21) return undefined;
  const raw = digits === undefined ? String(n) : n.toFixed(digits);
  // String(1e-7) is "1e-7", which spreadsheets may read as text: spell it out, losing no digit.
  const text = raw.includes('e') ? withoutExponent(raw) : raw;
  return mark === '.' ? text : text.replace('.', mark);
}

function withoutExponent(text: string): string {
  const [mantissa = '', exponent = '0'] = text.split('e');
  const negative = mantissa.startsWith('-');
  const [whole = '', fraction = ''] = mantissa.replace('-', '').split('.');
  const digits = whole + fraction;
  const point = whole.length + Number(exponent);
  const spelled =
    point <= 0
      ? `0.${'0'.repeat(-point)}${digits}`
      : point >= digits.length
        ? digits + '0'.repeat(point - digits.length)
        : `${digits.slice(0, point)}.${digits.slice(point)}`;
  return negative ? `-${spelled}` : spelled;
}

function formatDateTime(iso: string, offsetMinutes: number): string | undefined {
  const ms = parseInstant(iso);
  if (ms === undefined) return undefined;
  return wallClockText(ms, offsetMinutes).slice(0, 19).replace('T', ' ');
}

/** RFC 4180: quote when the text holds the separator, a quote, CR or LF; double inner quotes. */
export function quoteCell(text: string, separator: string): string {
  return text.includes(separator) || /["\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}
