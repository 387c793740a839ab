import { describe, expect, it } from 'vitest';
import { defaultCatalogues, territoryTitle, type CatalogueEntry } from '../../../src/core/catalogues';
import cartagena from '../../../src/core/settings/presets/cartagena-territories.json';
import blank from '../../../src/core/settings/presets/blank-territories.json';

const withKinds = (...kinds: (string | undefined)[]) => ({
  entries: kinds.map((kind, i): CatalogueEntry => ({ code: String(i + 1), name: `Entrada ${i + 1}`, ...(kind === undefined ? {} : { kind }) })),
});

describe('territory title', () => {
  it('names Medellín\'s comunas and corregimientos as the listado always did', () => {
    expect(territoryTitle(defaultCatalogues.territories)).toEqual({ es: 'Comuna o corregimiento', en: 'Comuna or corregimiento' });
  });

  it('names Cartagena\'s localidades and unidades comunales de gobierno (its rural zones and "otro" are no division)', () => {
    expect(territoryTitle(cartagena)).toEqual({ es: 'Localidad o unidad comunal de gobierno', en: 'Localidad or unidad comunal de gobierno' });
  });

  it('names a single kind alone, and lists two in a fixed order whatever the catalogue order', () => {
    expect(territoryTitle(blank)).toEqual({ es: 'Zona', en: 'Area' });
    expect(territoryTitle(withKinds('vereda', 'zona', 'vereda'))).toEqual({ es: 'Zona o vereda', en: 'Area or vereda' });
    expect(territoryTitle(withKinds('corregimiento', 'comuna'))).toEqual(territoryTitle(withKinds('comuna', 'corregimiento')));
  });

  it('says "Territorio" when a kind is missing or unknown, or when there are more than two', () => {
    const general = { es: 'Territorio', en: 'Territory' };
    expect(territoryTitle(withKinds(undefined, undefined))).toEqual(general);
    expect(territoryTitle(withKinds('comuna', undefined))).toEqual(general);
    expect(territoryTitle(withKinds('comuna', 'barrio'))).toEqual(general);
    expect(territoryTitle(withKinds('comuna', 'corregimiento', 'vereda'))).toEqual(general);
    expect(territoryTitle(withKinds('otro'))).toEqual(general);
  });
});
