import type { Catalogue } from './catalogue';

/** A heading in both languages. */
export interface TerritoryTitle {
  es: string;
  en: string;
}

/**
 * The divisions a territory entry's `kind` names, in the order titles and option lists show them: singular for a
 * title, plural for the heading over its options. Colombian division names stay Spanish in English, as on the
 * attendance screen ("Comunas", "Localidades").
 */
export const TERRITORY_DIVISIONS: Record<string, { one: TerritoryTitle; many: TerritoryTitle }> = {
  comuna: { one: { es: 'comuna', en: 'comuna' }, many: { es: 'Comunas', en: 'Comunas' } },
  corregimiento: { one: { es: 'corregimiento', en: 'corregimiento' }, many: { es: 'Corregimientos', en: 'Corregimientos' } },
  localidad: { one: { es: 'localidad', en: 'localidad' }, many: { es: 'Localidades', en: 'Localidades' } },
  ucg: {
    one: { es: 'unidad comunal de gobierno', en: 'unidad comunal de gobierno' },
    many: { es: 'Unidades comunales de gobierno', en: 'Unidades comunales de gobierno' },
  },
  zona: { one: { es: 'zona', en: 'area' }, many: { es: 'Zonas', en: 'Areas' } },
  vereda: { one: { es: 'vereda', en: 'vereda' }, many: { es: 'Veredas', en: 'Veredas' } },
};

// Kinds that are no division of their own: "another municipality", and the rural part of a division
// (Cartagena's rural zones belong to their localidad).
const NOT_A_DIVISION = new Set(['otro', 'rural']);

const GENERAL: TerritoryTitle = { es: 'Territorio', en: 'Territory' };

const capitalised = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

/**
 * The title of a territory column or field, from the kinds in the entity's territory catalogue: "Comuna o
 * corregimiento" for Medellín, "Localidad o unidad comunal de gobierno" for Cartagena, and "Territorio" when
 * a kind is unknown or there are more than two.
 */
export function territoryTitle(territories: Pick<Catalogue, 'entries'>): TerritoryTitle {
  const kinds = new Set(territories.entries.map((entry) => entry.kind ?? '').filter((kind) => !NOT_A_DIVISION.has(kind)));
  const named = Object.keys(TERRITORY_DIVISIONS).filter((kind) => kinds.has(kind));
  if (named.length === 0 || named.length > 2 || named.length !== kinds.size) return GENERAL;
  const divisions = named.map((kind) => TERRITORY_DIVISIONS[kind]!.one);
  return {
    es: capitalised(divisions.map((d) => d.es).join(' o ')),
    en: capitalised(divisions.map((d) => d.en).join(' or ')),
  };
}
