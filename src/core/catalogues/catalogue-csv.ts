import { parseCsv } from '../exports/csv-parse';
import { problem } from '../problems/problem';
import type { FieldIssue } from '../problems/problem';
import { fail, ok, type Result } from '../result';
import { catalogueEntrySchema, type Catalogue, type CatalogueEntry } from './catalogue';

/**
 * A catalogue of one or two levels (comunas and corregimientos; localidades and their unidades comunales;
 * pillars and programmes) imported from the CSV an office keeps in a spreadsheet. All or nothing: one bad row and
 * nothing is imported, every bad row is reported by its line, so the office fixes the file once.
 */
export type TwoLevelEntry = CatalogueEntry & { parent?: string };

/** Header names accepted for each column: Spanish first (as offices write them), English, with or without accents. */
const COLUMNS = {
  code: ['codigo', 'code', 'cod'],
  name: ['nombre', 'name'],
  kind: ['tipo', 'kind', 'type'],
  parent: ['padre', 'parent', 'pertenece_a', 'grupo'],
  nameEn: ['nombre_en', 'name_en', 'nombre_ingles', 'english'],
} as const;

type Column = keyof typeof COLUMNS;

const normalise = (header: string): string =>
  header
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .trim()
    .toLowerCase()
    .replace(/\s+/g, '_');

/** A spreadsheet saved in Colombia usually uses ';' (comma is the decimal mark); a hand-written file ','. */
const separatorOf = (firstLine: string): string => (firstLine.split(';').length >= firstLine.split(',').length ? ';' : ',');

const issue = (line: number, column: string, message: string): FieldIssue => ({ path: `linea.${line}.${column}`, code: 'invalid', message: `Línea ${line}: ${message}` });

export function importCatalogueCsv(text: string, target: { id: string; version: number; municipality?: string }): Result<Catalogue & { entries: TwoLevelEntry[] }> {
  const firstLine = text.replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0] ?? '';
  const rows = parseCsv(text, separatorOf(firstLine));
  const [header, ...body] = rows;
  const index: Partial<Record<Column, number>> = {};
  (header ?? []).forEach((cell, i) => {
    const name = normalise(cell);
    for (const column of Object.keys(COLUMNS) as Column[]) if ((COLUMNS[column] as readonly string[]).includes(name)) index[column] ??= i;
  });
  if (index.code === undefined || index.name === undefined) {
    return fail(problem('catalogue.csv_invalid', { fields: [issue(1, 'encabezado', 'el encabezado debe tener las columnas «codigo» y «nombre» (y, si quiere, «tipo», «padre» y «nombre_en»).')] }));
  }
  const issues: FieldIssue[] = [];
  const entries: (TwoLevelEntry & { line: number })[] = [];
  const lineOfCode = new Map<string, number>();
  body.forEach((cells, i) => {
    const line = i + 2;
    if (cells.every((cell) => cell.trim() === '')) return; // blank lines at the end of a spreadsheet export
    const cell = (column: Column) => (index[column] === undefined ? '' : (cells[index[column]] ?? '').trim());
    const draft = { code: cell('code'), name: cell('name'), ...(cell('kind') ? { kind: cell('kind') } : {}), ...(cell('nameEn') ? { nameEn: cell('nameEn') } : {}) };
    const parsed = catalogueEntrySchema.safeParse(draft);
    if (!parsed.success) {
      for (const failure of parsed.error.issues) {
        const column = String(failure.path[0] ?? 'fila');
        const what = column === 'code' ? 'el código' : column === 'name' ? 'el nombre' : column === 'kind' ? 'el tipo' : `«${column}»`;
        issues.push(issue(line, column, draft[column as keyof typeof draft] ? `${what} es demasiado largo.` : `falta ${what}.`));
      }
      return;
    }
    const seen = lineOfCode.get(parsed.data.code);
    if (seen !== undefined) {
      issues.push(issue(line, 'code', `el código «${parsed.data.code}» ya está en la línea ${seen}.`));
      return;
    }
    lineOfCode.set(parsed.data.code, line);
    entries.push({ ...parsed.data, ...(cell('parent') ? { parent: cell('parent') } : {}), line });
  });
  // Parents are checked once every code is known: a child may come before its parent in the file.
  const byCode = new Map(entries.map((entry) => [entry.code, entry]));
  for (const entry of entries) {
    if (entry.parent === undefined) continue;
    const parent = byCode.get(entry.parent);
    if (!parent) issues.push(issue(entry.line, 'parent', `el padre «${entry.parent}» no es el código de ninguna fila.`));
    else if (parent.parent !== undefined) issues.push(issue(entry.line, 'parent', `«${entry.parent}» ya pertenece a otro grupo: el catálogo tiene dos niveles como máximo.`));
  }
  if (entries.length === 0 && issues.length === 0) issues.push(issue(2, 'fila', 'el archivo no tiene filas.'));
  if (issues.length > 0) return fail(problem('catalogue.csv_invalid', { fields: issues.sort((a, b) => lineNumber(a) - lineNumber(b)) }));
  return ok({ ...target, entries: entries.map(({ line: _line, ...entry }) => entry) });
}

const lineNumber = (issue: FieldIssue): number => Number(issue.path.split('.')[1]);
