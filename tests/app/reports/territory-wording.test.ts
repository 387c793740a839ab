import { describe, expect, it } from 'vitest';
import { defaultCatalogues } from '../../../src/core/catalogues';
import { cataloguesOf } from '../../../src/core/settings/settings-version';
import { presets } from '../../../src/core/settings/presets';
import { labelsFor, type Labels } from '../../../src/app/state/reports/report-labels';

const labels = (lang: 'es' | 'en', catalogues = defaultCatalogues) => labelsFor(lang, catalogues, (_field, code) => code);
const cartagena = cataloguesOf(defaultCatalogues, presets.cartagena);

// The territory sentences of the period dashboard, as dashboard-sections.ts writes them.
const sentences = (l: Labels) => ({
  byTerritory: l.t('reports.byTerritory', { territory: l.territoryIn.one }),
  comparison: l.t('reports.comparison', { territory: l.territoryIn.one }),
  note: l.t('reports.comparisonNote', { thatTerritory: l.territoryIn.that }),
  section: l.t('reports.section.territories', { territories: l.territoryIn.many }),
  dimension: l.dimension('territory'),
});

describe("reports name territories in the entity's words", () => {
  it("keeps Medellín's sentences byte for byte", () => {
    expect(sentences(labels('es'))).toEqual({
      byTerritory: 'Eventos por comuna o corregimiento',
      comparison: 'Asistencia por comuna o corregimiento donde se realizó el evento',
      note: 'Residentes: personas con autorización de datos que viven en esa comuna o corregimiento, asistieran al evento que asistieran.',
      section: 'Comparación entre comunas y corregimientos',
      dimension: 'Comuna o corregimiento',
    });
    expect(sentences(labels('en')).byTerritory).toBe('Events by comuna or corregimiento');
  });

  it("writes Cartagena's localidades and unidades comunales de gobierno, in both languages", () => {
    expect(sentences(labels('es', cartagena))).toEqual({
      byTerritory: 'Eventos por localidad o unidad comunal de gobierno',
      comparison: 'Asistencia por localidad o unidad comunal de gobierno donde se realizó el evento',
      note: 'Residentes: personas con autorización de datos que viven en esa localidad o unidad comunal de gobierno, asistieran al evento que asistieran.',
      section: 'Comparación entre localidades y unidades comunales de gobierno',
      dimension: 'Localidad o unidad comunal de gobierno',
    });
    expect(sentences(labels('en', cartagena)).section).toBe('Comparison between localidades and unidades comunales de gobierno');
  });
});
