import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultCatalogues } from '../../../src/core/catalogues';
import { toBreakdown } from '../../../src/core/indicators/breakdown';
import { NO_ANSWER } from '../../../src/core/indicators/dimensions';
import { isSuppressed, publishBreakdown, suppressionNote } from '../../../src/core/indicators/publish-breakdown';
import { chartSummary, nothingToChart } from '../../../src/app/state/reports/data-table';
import { breakdownTable, escuchaderoStatusTable } from '../../../src/app/state/reports/indicator-tables';
import { entityName } from '../../../src/app/state/settings/entity-settings';
import { adoptSettings } from '../../../src/app/state/settings/entity-settings';
import { presets } from '../../../src/core/settings/presets';
import { questionTable } from '../../../src/app/state/reports/question-tables';
import { labelsFor } from '../../../src/app/state/reports/report-labels';

const es = labelsFor('es', defaultCatalogues, (_field, code) => `tipo:${code}`);
const en = labelsFor('en', defaultCatalogues, (_field, code) => code);
const ETHNIC = defaultCatalogues.ethnicGroups.entries.map((e) => e.code);

const ethnicTable = (counts: Record<string, number>, labels = es) => {
  const base = Object.values(counts).reduce((a, b) => a + b, 0);
  return breakdownTable(publishBreakdown(toBreakdown('ethnicGroup', false, base, new Map(Object.entries(counts)), ETHNIC)), labels);
};

describe('report tables', () => {
  it('shows what the server suppressed as "Reservado", never as a number, and keeps it out of the chart', () => {
    const table = ethnicTable({ indigena: 2, ninguno: 30, [NO_ANSWER]: 6 });
    const row = (key: string) => table.rows.find((r) => r.key === key)!;
    expect(row('indigena')).toMatchObject({ label: 'Indígena', cells: ['Reservado'], value: null });
    expect(row('ninguno')).toMatchObject({ label: 'Ningún grupo étnico', cells: ['30'], value: 30 });
    expect(row(NO_ANSWER)).toMatchObject({ label: 'Sin respuesta', cells: ['Reservado'], value: null });
    expect(table.notes).toContain(suppressionNote.es);
    expect(table.notes[0]).toBe('Base: 38 personas que autorizaron el tratamiento de sus datos.');
    expect(chartSummary(table, es)).toBe(
      'Gráfico de barras: Autorreconocimiento étnico, 8 categorías. El valor más alto es «Ningún grupo étnico» con 30. 2 valores reservados no se dibujan. Los valores están en la tabla de datos debajo.',
    );
    expect(ethnicTable({ indigena: 2 }, en).rows.find((r) => r.key === 'indigena')?.cells).toEqual(['Suppressed']);
  });

  it('matches the published cells one to one, whatever the counts', () => {
    fc.assert(
      fc.property(fc.array(fc.nat({ max: 12 }), { minLength: ETHNIC.length + 1, maxLength: ETHNIC.length + 1 }), (counts) => {
        const byKey = Object.fromEntries([...ETHNIC, NO_ANSWER].map((k, i) => [k, counts[i]!]));
        const base = counts.reduce((a, b) => a + b, 0);
        const published = publishBreakdown(toBreakdown('ethnicGroup', false, base, new Map(Object.entries(byKey)), ETHNIC));
        const table = breakdownTable(published, es);
        expect(table.rows.map((r) => r.key)).toEqual(published.cells.map((c) => c.key));
        table.rows.forEach((row, i) => {
          const value = published.cells[i]!.value;
          expect(row.value).toBe(isSuppressed(value) ? null : value);
          expect(row.cells[0]).toBe(isSuppressed(value) ? 'Reservado' : String(value));
        });
        const hidden = published.cells.filter((c) => isSuppressed(c.value)).length;
        expect(chartSummary(table, es).includes('reservados no se dibujan')).toBe(hidden > 0);
        expect(nothingToChart(table)).toBe(published.cells.every((c) => isSuppressed(c.value) || c.value === 0));
      }),
    );
  });

  it('ranks prioritised topics by points, then first choices', () => {
    const label = (es: string) => ({ es, en: es });
    const table = questionTable(
      { formId: 'priorizacion-temas', eventId: 'e', submissions: 3, questions: [] },
      {
        fieldId: 'temas',
        kind: 'ranking',
        label: label('Temas'),
        answered: 3,
        options: [
          { value: 'a', label: label('Vías'), points: 4, firstChoices: 0, mentions: 4 },
          { value: 'b', label: label('Parques'), points: 9, firstChoices: 2, mentions: 3 },
          { value: 'c', label: label('Salud'), points: 4, firstChoices: 1, mentions: 2 },
        ],
      },
      es,
    );
    expect(table.rows.map((r) => [r.label, ...r.cells])).toEqual([
      ['1. Parques', '9', '2', '3'],
      ['2. Salud', '4', '1', '2'],
      ['3. Vías', '4', '0', '4'],
    ]);
    expect(table.columns).toEqual(['Puntos', 'Primer lugar', 'Menciones']);
  });

  it('shows escuchadero received = answered + pending + overdue, with Spanish thousands', () => {
    const table = escuchaderoStatusTable('s', { received: 1500, answered: 1200, answeredLate: 10, pending: 250, overdue: 50, unreadableDates: 0 }, es);
    expect(table.rows.map((r) => [r.label, r.cells[0]])).toEqual([
      ['Respondidas', '1.200'],
      ['Pendientes, en plazo', '250'],
      ['Vencidas (más de 15 días hábiles)', '50'],
    ]);
    expect(table.notes).toEqual(['Recibidas: 1.500; respondidas fuera de plazo: 10.']);
  });

  it('heads printed documents with the entity of the settings (version 1, Medellín, until others are known)', () => {
    expect(entityName()).toBe('Alcaldía de Medellín');
    adoptSettings({ version: 2, savedAt: '2026-12-01T00:00:00.000Z', settings: presets.cartagena });
    expect(entityName()).toBe('Alcaldía Mayor de Cartagena de Indias');
    // An older version arriving late (a stale cache) never replaces a newer one.
    adoptSettings({ version: 1, savedAt: '2024-01-01T00:00:00.000Z', settings: presets.medellin });
    expect(entityName()).toBe('Alcaldía Mayor de Cartagena de Indias');
  });
});

describe('chart axis labels', () => {
  it('break long names between words and keep every word', async () => {
    const { wrapLabel } = await import('../../../src/app/state/reports/chart-labels');
    expect(wrapLabel('Manrique')).toBe('Manrique');
    const long = 'Confianza ciudadana en la gestión pública institucional';
    const lines = wrapLabel(long) as string[];
    expect(lines.join(' ')).toBe(long);
    expect(lines.every((l) => l.length <= 26)).toBe(true);
    expect(wrapLabel('Otro municipio / fuera del territorio')).toEqual(['Otro municipio / fuera del', 'territorio']);
    expect(wrapLabel('Otro municipio / fuera del territorio', 12)).toEqual(['Otro', 'municipio /', 'fuera del', 'territorio']);
  });
});
