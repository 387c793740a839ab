import type { Catalogue } from '../../../core/catalogues/catalogue';
import { territoryWords, type Catalogues } from '../../../core/catalogues';
import { dimensionLabels, NO_ANSWER, NONE_OF_THESE, type Dimension } from '../../../core/indicators/dimensions';
import { isSuppressed, suppressedMark, type PublishedCount } from '../../../core/indicators/publish-breakdown';
import type { Language } from '../../../core/problems/problem';
import { format, localeOf, type Dictionary, type MessageKey } from '../../i18n';
import { es } from '../../i18n/es';
import { en } from '../../i18n/en';

/** The catalogue each characterisation variable takes its codes from. */
export const DIMENSION_CATALOGUE: Record<Dimension, keyof Catalogues> = {
  territory: 'territories',
  sex: 'sexesAtBirth',
  genderIdentity: 'genderIdentities',
  sexualOrientation: 'sexualOrientations',
  lifeStage: 'lifeStages',
  ethnicGroup: 'ethnicGroups',
  organisationType: 'organisationTypes',
  disability: 'disabilities',
  differentialGroup: 'differentialGroups',
  accessibilityNeed: 'accessibilityNeeds',
};

/**
 * Everything a report needs to turn codes and counts into words, in one language. Built from plain
 * inputs (no signals) so tables can be tested outside the browser.
 */
export interface Labels {
  lang: Language;
  /** The entity's name for its territories, from its catalogue's kinds ("Comuna o corregimiento"). */
  territory: string;
  /** The same name inside a sentence: "comuna o corregimiento", "comunas y corregimientos", "esa comuna o corregimiento". */
  territoryIn: { one: string; many: string; that: string };
  t(key: MessageKey, params?: Record<string, string | number>): string;
  /** A count, or the one mark of a suppressed cell ("Reservado"). */
  count(value: PublishedCount): string;
  decimal(value: number | null, digits?: number): string;
  code(catalogue: keyof Catalogues, code: string): string;
  dimension(d: Dimension): string;
  dimensionCode(d: Dimension, code: string): string;
  /** Escuchadero type and topic names (from the escuchadero's own questions). */
  escuchadero(field: 'tipo' | 'tema', code: string): string;
}

const nameIn = (catalogue: Catalogue | undefined, code: string, lang: Language): string | undefined => {
  const entry = catalogue?.entries.find((e) => e.code === code);
  return entry ? (lang === 'en' && entry.nameEn) || entry.name : undefined;
};

// Reports are printed in either language whatever the screen shows (staff screens only: both load here).
const dictionaries: Record<Language, Dictionary> = { es, en };

export function labelsFor(lang: Language, catalogues: Catalogues, escuchadero: (field: 'tipo' | 'tema', code: string, lang: Language) => string): Labels {
  const locale = localeOf(lang);
  const integer = new Intl.NumberFormat(locale);
  const t = (key: MessageKey, params?: Record<string, string | number>) => format(dictionaries[lang][key], params);
  const words = territoryWords(catalogues.territories);
  const reserved = (code: string) => (code === NO_ANSWER ? t('reports.noAnswer') : code === NONE_OF_THESE ? t('reports.noneOfThese') : undefined);
  return {
    lang,
    territory: words.title[lang],
    territoryIn: { one: words.one[lang], many: words.many[lang], that: words.that[lang] },
    t,
    count: (value) => (isSuppressed(value) ? suppressedMark[lang] : integer.format(value)),
    decimal: (value, digits = 1) =>
      value === null ? '—' : new Intl.NumberFormat(locale, { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(value),
    code: (catalogue, code) => reserved(code) ?? nameIn(catalogues[catalogue], code, lang) ?? code,
    dimension: (d) => (d === 'territory' ? words.title[lang] : dimensionLabels[d][lang]),
    dimensionCode: (d, code) => reserved(code) ?? nameIn(catalogues[DIMENSION_CATALOGUE[d]], code, lang) ?? code,
    escuchadero: (field, code) => reserved(code) ?? escuchadero(field, code, lang),
  };
}
