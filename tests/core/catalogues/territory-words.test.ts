import { describe, expect, it } from 'vitest';
import { defaultCatalogues, territoryChoice, territoryWords } from '../../../src/core/catalogues';
import cartagena from '../../../src/core/settings/presets/cartagena-territories.json';
import blank from '../../../src/core/settings/presets/blank-territories.json';

describe('territory words for sentences', () => {
  it("keeps Medellín's words as the app always wrote them", () => {
    const words = territoryWords(defaultCatalogues.territories);
    expect(words.named).toBe(true);
    expect(words.one.es).toBe('comuna o corregimiento');
    expect(words.many.es).toBe('comunas y corregimientos');
    expect(words.that.es).toBe('esa comuna o corregimiento');
    expect(territoryChoice(defaultCatalogues.territories)).toEqual({ es: 'una comuna o corregimiento', en: 'a comuna or corregimiento' });
  });

  it("uses Cartagena's localidades and unidades comunales de gobierno", () => {
    const words = territoryWords(cartagena);
    expect(words.a.es).toBe('una localidad o unidad comunal de gobierno');
    expect(words.many).toEqual({ es: 'localidades y unidades comunales de gobierno', en: 'localidades and unidades comunales de gobierno' });
  });

  it('agrees the article with the first division, and falls back to "territorio"', () => {
    expect(territoryWords(blank).a).toEqual({ es: 'una zona', en: 'an area' });
    const general = territoryWords({ entries: [{ code: '1', name: 'Uno' }] });
    expect(general.named).toBe(false);
    expect(general.a.es).toBe('un territorio');
    expect(general.that.es).toBe('ese territorio');
  });
});
