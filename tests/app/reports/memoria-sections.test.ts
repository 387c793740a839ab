import { describe, expect, it } from 'vitest';
import { hasCounts, memoriaTable } from '../../../src/app/state/reports/memoria-sections';
import type { DataTableModel, TableRow } from '../../../src/app/state/reports/data-table';

const row = (key: string, value: number | null): TableRow => ({ key, label: key, cells: [value === null ? 'Reservado' : String(value)], value });
const table = (id: string, rows: TableRow[], chart?: DataTableModel['chart']): DataTableModel => ({
  id,
  title: id,
  rowHeading: 'Categoría',
  columns: ['Personas'],
  rows,
  notes: [],
  ...(chart ? { chart } : {}),
});

describe('what the memoria prints of a table', () => {
  it('prints a table only when someone is counted in it: zeros, "sin respuesta" alone or free text are left out; a protected cell is not a zero', () => {
    expect(hasCounts(table('a', [row('03', 0), row('04', 0)]))).toBe(false);
    expect(hasCounts(table('a', [row('_sin_respuesta', 190), row('mujer', 0)]))).toBe(false);
    expect(hasCounts({ ...table('a', []), columns: [] })).toBe(false);
    expect(hasCounts(table('a', [row('indigena', null), row('_sin_respuesta', 187)]))).toBe(true);
    expect(hasCounts(table('a', [row('03', 4), row('04', 0)]))).toBe(true);
  });

  it('leaves out categories nobody chose but keeps every step of a scale; keeps charts only for the figures compared at a glance', () => {
    const categories = memoriaTable(table('breakdown-territory', [row('03', 7), row('04', 0), row('05', null)], { kind: 'bar', horizontal: true }));
    expect(categories.rows.map((r) => r.key)).toEqual(['03', '05']);
    expect(categories.chart).toBeDefined();
    const scale = memoriaTable(table('satisfaction', [row('1', 0), row('2', 3)], { kind: 'bar', horizontal: false }));
    expect(scale.rows.map((r) => r.key)).toEqual(['1', '2']);
    expect(memoriaTable(table('q-evaluacion-medio', [row('radio', 3)], { kind: 'bar', horizontal: true })).chart).toBeUndefined();
  });
});
