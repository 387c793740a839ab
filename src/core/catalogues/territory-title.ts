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
export const TERRITORY_DIVISIONS: Record<string, { one: TerritoryTitle; many: TerritoryTitle; feminine: boolean }> = {
  comuna: { one: { es: 'comuna', en: 'comuna' }, many: { es: 'Comunas', en: 'Comunas' }, feminine: true },
  corregimiento: { one: { es: 'corregimiento', en: 'corregimiento' }, many: { es: 'Corregimientos', en: 'Corregimientos' }, feminine: false },
  localidad: { one: { es: 'localidad', en: 'localidad' }, many: { es: 'Localidades', en: 'Localidades' }, feminine: true },
  ucg: {
    one: { es: 'unidad comunal de gobierno', en: 'unidad comunal de gobierno' },
    many: { es: 'Unidades comunales de gobierno', en: 'Unidades comunales de gobierno' },
    feminine: true,
  },
  zona: { one: { es: 'zona', en: 'area' }, many: { es: 'Zonas', en: 'Areas' }, feminine: true },
  vereda: { one: { es: 'vereda', en: 'vereda' }, many: { es: 'Veredas', en: 'Veredas' }, feminine: true },
};

// Kinds that are no division of their own: "another municipality", and the rural part of a division
// (Cartagena's rural zones belong to their localidad).
const NOT_A_DIVISION = new Set(['otro', 'rural']);

/**
 * The entity's name for its territories, in the forms sentences need: "Comuna o corregimiento" (title), "comuna o
 * corregimiento" (one), "comunas y corregimientos" (many), "una comuna o corregimiento" (a), "esa comuna o
 * corregimiento" (that) for Medellín; "localidad o unidad comunal de gobierno"… for Cartagena; "territorio" when a
 * kind is unknown or there are more than two. Articles agree with the first division, as Spanish does.
 */
export interface TerritoryWords {
  /** Whether the words are the entity's own divisions (false: the general "territorio"). */
  named: boolean;
  title: TerritoryTitle;
  one: TerritoryTitle;
  many: TerritoryTitle;
  a: TerritoryTitle;
  that: TerritoryTitle;
}

const GENERAL: TerritoryWords = {
  named: false,
  title: { es: 'Territorio', en: 'Territory' },
  one: { es: 'territorio', en: 'territory' },
  many: { es: 'territorios', en: 'territories' },
  a: { es: 'un territorio', en: 'a territory' },
  that: { es: 'ese territorio', en: 'that territory' },
};

const capitalised = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);
const lowercased = (text: string): string => text.charAt(0).toLowerCase() + text.slice(1);

export function territoryWords(territories: Pick<Catalogue, 'entries'>): TerritoryWords {
  const kinds = new Set(territories.entries.map((entry) => entry.kind ?? '').filter((kind) => !NOT_A_DIVISION.has(kind)));
  const named = Object.keys(TERRITORY_DIVISIONS).filter((kind) => kinds.has(kind));
  if (named.length === 0 || named.length > 2 || named.length !== kinds.size) return GENERAL;
  const divisions = named.map((kind) => TERRITORY_DIVISIONS[kind]!);
  const one = { es: divisions.map((d) => d.one.es).join(' o '), en: divisions.map((d) => d.one.en).join(' or ') };
  const first = divisions[0]!;
  return {
    named: true,
    title: { es: capitalised(one.es), en: capitalised(one.en) },
    one,
    many: { es: divisions.map((d) => lowercased(d.many.es)).join(' y '), en: divisions.map((d) => lowercased(d.many.en)).join(' and ') },
    a: { es: `${first.feminine ? 'una' : 'un'} ${one.es}`, en: `${/^[aeiou]/.test(one.en) ? 'an' : 'a'} ${one.en}` },
    that: { es: `${first.feminine ? 'esa' : 'ese'} ${one.es}`, en: `that ${one.en}` },
  };
}

/**
 * The title of a territory column or field, from the kinds in the entity's territory catalogue: "Comuna o
 * corregimiento" for Medellín, "Localidad o unidad comunal de gobierno" for Cartagena, and "Territorio" when
 * a kind is unknown or there are more than two.
 */
export const territoryTitle = (territories: Pick<Catalogue, 'entries'>): TerritoryTitle => territoryWords(territories).title;

/** "Choose … from the list": "una comuna o corregimiento", "una localidad o unidad comunal de gobierno". */
export const territoryChoice = (territories: Pick<Catalogue, 'entries'>): TerritoryTitle => territoryWords(territories).a;
