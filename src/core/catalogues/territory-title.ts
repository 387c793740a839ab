import type { Catalogue } from './catalogue';

/** A heading in both languages. */
export interface TerritoryTitle {
  es: string;
  en: string;
}

/**
 * The divisions a territory entry's `kind` names, singular, in the order a title lists them. Colombian
 * division names stay Spanish in English, as on the attendance screen ("Comunas", "Localidades").
 */
const DIVISIONS: Record<string, TerritoryTitle> = {
  comuna: { es: 'comuna', en: 'comuna' },
  corregimiento: { es: 'corregimiento', en: 'corregimiento' },
  localidad: { es: 'localidad', en: 'localidad' },
  ucg: { es: 'unidad comunal de gobierno', en: 'unidad comunal de gobierno' },
  zona: { es: 'zona', en: 'area' },
  vereda: { es: 'vereda', en: 'vereda' },
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
  const named = Object.keys(DIVISIONS).filter((kind) => kinds.has(kind));
  if (named.length === 0 || named.length > 2 || named.length !== kinds.size) return GENERAL;
  const divisions = named.map((kind) => DIVISIONS[kind]!);
  return {
    es: capitalised(divisions.map((d) => d.es).join(' o ')),
    en: capitalised(divisions.map((d) => d.en).join(' or ')),
  };
}
