/**
 * A deliberately small RFC 4180 reader for the tests: strips a BOM, splits on the separator and CRLF,
 * honours quoted fields with doubled quotes. Throws on malformed input so a writer bug cannot hide.
 */
export function parseCsv(text: string, separator = ';'): string[][] {
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let i = 0;
  let quotedField = false;
  while (i < body.length) {
    const ch = body[i]!;
    if (ch === '"' && field === '' && !quotedField) {
      quotedField = true;
      i += 1;
      for (;;) {
        if (i >= body.length) throw new Error('unterminated quoted field');
        if (body[i] === '"') {
          if (body[i + 1] === '"') {
            field += '"';
            i += 2;
            continue;
          }
          i += 1;
          break;
        }
        field += body[i];
        i += 1;
      }
      if (i < body.length && body[i] !== separator && body[i] !== '\r') throw new Error(`text after closing quote at ${i}`);
    } else if (ch === separator) {
      row.push(field);
      field = '';
      quotedField = false;
      i += 1;
    } else if (ch === '\r') {
      if (body[i + 1] !== '\n') throw new Error(`bare CR at ${i}`);
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      quotedField = false;
      i += 2;
    } else if (ch === '\n' || ch === '"') {
      throw new Error(`unquoted ${JSON.stringify(ch)} at ${i}`);
    } else {
      field += ch;
      i += 1;
    }
  }
  if (field !== '' || row.length > 0) throw new Error('last record does not end with CRLF');
  return rows;
}
