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
export const TERRITORY_DIVISIONS: Record<string, { one: TerritoryTitle; many: TerritoryTitle; a: TerritoryTitle }> = {
  comuna: { one: { es: 'comuna', en: 'comuna' }, many: { es: 'Comunas', en: 'Comunas' }, a: { es: 'una', en: 'a' } },
  corregimiento: { one: { es: 'corregimiento', en: 'corregimiento' }, many: { es: 'Corregimientos', en: 'Corregimientos' }, a: { es: 'un', en: 'a' } },
  localidad: { one: { es: 'localidad', en: 'localidad' }, many: { es: 'Localidades', en: 'Localidades' }, a: { es: 'una', en: 'a' } },
  ucg: {
    one: { es: 'unidad comunal de gobierno', en: 'unidad comunal de gobierno' },
    many: { es: 'Unidades comunales de gobierno', en: 'Unidades comunales de gobierno' },
    a: { es: 'una', en: 'a' },
  },
  zona: { one: { es: 'zona', en: 'area' }, many: { es: 'Zonas', en: 'Areas' }, a: { es: 'una', en: 'an' } },
  vereda: { one: { es: 'vereda', en: 'vereda' }, many: { es: 'Veredas', en: 'Veredas' }, a: { es: 'una', en: 'a' } },
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
  const divisions = divisionsOf(territories);
  if (divisions === undefined) return GENERAL;
  return {
    es: capitalised(divisions.map((d) => d.one.es).join(' o ')),
    en: capitalised(divisions.map((d) => d.one.en).join(' or ')),
  };
}

/**
 * "Choose … from the list" for the entity's territories, article included (it agrees with the first division):
 * "una comuna o corregimiento" for Medellín, "una localidad o unidad comunal de gobierno" for Cartagena.
 */
export function territoryChoice(territories: Pick<Catalogue, 'entries'>): TerritoryTitle {
  const divisions = divisionsOf(territories);
  if (divisions === undefined) return { es: 'un territorio', en: 'a territory' };
  return {
    es: `${divisions[0]!.a.es} ${divisions.map((d) => d.one.es).join(' o ')}`,
    en: `${divisions[0]!.a.en} ${divisions.map((d) => d.one.en).join(' or ')}`,
  };
}

/** The one or two divisions the catalogue's kinds name, in TERRITORY_DIVISIONS' order; undefined when they do not fit. */
function divisionsOf(territories: Pick<Catalogue, 'entries'>) {
  const kinds = new Set(territories.entries.map((entry) => entry.kind ?? '').filter((kind) => !NOT_A_DIVISION.has(kind)));
  const named = Object.keys(TERRITORY_DIVISIONS).filter((kind) => kinds.has(kind));
  if (named.length === 0 || named.length > 2 || named.length !== kinds.size) return undefined;
  return named.map((kind) => TERRITORY_DIVISIONS[kind]!);
}
