import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { neutraliseFormula, type CsvColumn, type CsvValue } from '../../../src/core/exports/csv-cell';
import { writeCsv } from '../../../src/core/exports/csv-writer';
import { parseCsv } from './csv-parse';

const text: CsvColumn = { name: 'texto', type: 'text' };
const csv = (columns: CsvColumn[], rows: CsvValue[][], options = {}) => {
  const result = writeCsv(columns, rows, options);
  if (!result.ok) throw new Error(JSON.stringify(result.problem));
  return result.value;
};

describe('CSV writer', () => {
  it('writes UTF-8 with a BOM, ";" and CRLF by default, accents intact', () => {
    const out = csv([text, { name: 'n', type: 'integer' }], [['Peñol, Antioquia; Señora María', 3]]);
    const bytes = new TextEncoder().encode(out);
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(out).toBe('\uFEFFtexto;n\r\n"Peñol, Antioquia; Señora María";3\r\n');
    expect(new TextDecoder().decode(bytes)).toContain('Señora María');
    expect(csv([text], [['x']], { bom: false })).toBe('texto\r\nx\r\n');
  });

  it('quotes separators, quotes and line breaks (RFC 4180) and only those', () => {
    const out = csv([text, text, text, text], [['a;b', 'dijo "sí"', 'línea 1\nlínea 2', 'a,b']], { bom: false });
    expect(out.split('\r\n')[1]).toBe('"a;b";"dijo ""sí""";"línea 1\nlínea 2";a,b');
    expect(csv([text], [['a,b']], { separator: ',', bom: false })).toBe('texto\r\n"a,b"\r\n');
  });

  it('neutralises cells a spreadsheet would run as a formula', () => {
    const dangerous = ['=HYPERLINK("http://x")', '+57 300', '-2+3', '@SUM(A1)', '\tcmd', '\rcmd'];
    const parsed = parseCsv(csv([text], dangerous.map((d) => [d])));
    expect(parsed.slice(1).map((r) => r[0])).toEqual(dangerous.map((d) => `'${d}`));
    expect(neutraliseFormula('Comuna 1 = Popular')).toBe('Comuna 1 = Popular');
    // Numbers are ours, not user text: a negative integer stays a number.
    expect(csv([{ name: 'n', type: 'integer' }], [[-4]], { bom: false })).toBe('n\r\n-4\r\n');
  });

  it('writes typed columns so they read back: decimals by locale, dates, wall-clock datetimes, booleans, empties', () => {
    const columns: CsvColumn[] = [
      { name: 'promedio', type: 'decimal', fractionDigits: 2 },
      { name: 'x', type: 'decimal' },
      { name: 'dia', type: 'date' },
      { name: 'hora', type: 'datetime' },
      { name: 'ok', type: 'boolean' },
      { name: 'vacio', type: 'integer' },
    ];
    const row: CsvValue[] = [11 / 3, 1e-7, '2024-02-29', '2024-05-02T03:04:05Z', true, null];
    expect(parseCsv(csv(columns, [row]))[1]).toEqual(['3,67', '0,0000001', '2024-02-29', '2024-05-01 22:04:05', 'true', '']);
    expect(parseCsv(csv(columns, [row], { separator: ',' }), ',')[1]).toEqual(['3.67', '0.0000001', '2024-02-29', '2024-05-01 22:04:05', 'true', '']);
  });

  it('refuses a value that does not fit its column, saying where', () => {
    const cases: [CsvColumn, CsvValue][] = [
      [{ name: 'n', type: 'integer' }, 2.5],
      [{ name: 'n', type: 'integer' }, '3'],
      [{ name: 'd', type: 'decimal' }, Number.NaN],
      [{ name: 'd', type: 'decimal' }, Infinity],
      [{ name: 'f', type: 'date' }, '2024-02-30'],
      [{ name: 'h', type: 'datetime' }, '2024-05-01 10:00'],
      [{ name: 't', type: 'text' }, 5],
    ];
    for (const [column, value] of cases) {
      const result = writeCsv([column], [['ok' as CsvValue].map(() => value)]);
      expect(result.ok, `${column.type} ${String(value)}`).toBe(false);
      if (!result.ok) expect(result.problem).toMatchObject({ code: 'export.invalid_cell', details: { row: 0, column: column.name } });
    }
    const short = writeCsv([text, text], [['solo uno']]);
    expect(short.ok).toBe(false);
  });

  it('writes direction controls as visible tags, so no cell is shown reversed', () => {
    const parsed = parseCsv(csv([text], [['pague a \u202E1234'], ['\u2067=1+1']]));
    expect(parsed.slice(1).map((r) => r[0])).toEqual(['pague a [U+202E]1234', '[U+2067]=1+1']);
  });

  it('round-trips any text through our own parser (after formula neutralisation)', () => {
    const cell = fc.string({ unit: fc.constantFrom('a', 'ñ', 'á', ';', ',', '"', '\n', '\r', '=', '+', '-', '@', '\t', ' ', '€', '😀') });
    fc.assert(
      fc.property(fc.array(fc.array(cell, { minLength: 3, maxLength: 3 }), { maxLength: 8 }), fc.constantFrom(';' as const, ',' as const), (rows, separator) => {
        const columns = [text, { ...text, name: 'b' }, { ...text, name: 'c' }];
        const parsed = parseCsv(csv(columns, rows, { separator }), separator);
        expect(parsed[0]).toEqual(['texto', 'b', 'c']);
        expect(parsed.slice(1)).toEqual(rows.map((r) => r.map(neutraliseFormula)));
      }),
      { numRuns: 300 },
    );
  });

  it('round-trips integers and decimals exactly', () => {
    fc.assert(
      fc.property(fc.integer(), fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e20, max: 1e20 }), (n, d) => {
        const [, [a, b]] = parseCsv(csv([{ name: 'n', type: 'integer' }, { name: 'd', type: 'decimal' }], [[n, d]])) as [string[], string[]];
        expect(Number(a)).toBe(n);
        expect(Number(b!.replace(',', '.'))).toBe(d === 0 ? 0 : d);
      }),
    );
  });
});
