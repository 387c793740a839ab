import type { Catalogue, CatalogueEntry } from '../catalogues/catalogue';
import type { LocalizedText } from './localized-text';
import { DEFAULT_TERRITORY_CATALOGUE, type FormField } from './field-definition';

/**
 * Catalogues by the name a definition uses ("territories", "topics"). The app's `Catalogues`
 * object fits as it is; `{ ...defaultCatalogues, topics: defaultTopics }` adds the topics.
 */
export type FormCatalogues<C> = { readonly [K in keyof C]: Catalogue };

export interface ChoiceOption {
  value: string;
  label: LocalizedText;
  /** The parent entry (a topic's component), for grouped pickers. */
  group?: string;
}

export function catalogueNamed(catalogues: object, name: string): Catalogue | undefined {
  if (!Object.hasOwn(catalogues, name)) return undefined;
  const candidate = (catalogues as Record<string, unknown>)[name] as Partial<Catalogue> | undefined;
  return Array.isArray(candidate?.entries) ? (candidate as Catalogue) : undefined;
}

const fromEntry = (entry: CatalogueEntry): ChoiceOption => {
  const parent = (entry as { parent?: unknown }).parent;
  const option: ChoiceOption = { value: entry.code, label: { es: entry.name, en: entry.nameEn ?? entry.name } };
  return typeof parent === 'string' ? { ...option, group: parent } : option;
};

/** The catalogue entries a territory question offers (its catalogue, only the kinds it names), for its wording. */
export function territoryEntries(field: FormField, catalogues: object): CatalogueEntry[] {
  if (field.kind !== 'territory') return [];
  const entries = catalogueNamed(catalogues, field.catalogue ?? DEFAULT_TERRITORY_CATALOGUE)?.entries ?? [];
  return field.kinds ? entries.filter((e) => e.kind !== undefined && field.kinds!.includes(e.kind)) : entries;
}

function fromCatalogue(catalogues: object, name: string, kinds: string[] | undefined): ChoiceOption[] | undefined {
  const catalogue = catalogueNamed(catalogues, name);
  if (!catalogue) return undefined;
  const entries = kinds ? catalogue.entries.filter((e) => e.kind !== undefined && kinds.includes(e.kind)) : catalogue.entries;
  return entries.map(fromEntry);
}

/**
 * The options a person may choose from, or undefined when the field's catalogue is missing
 * (then no answer can be valid, and the definition check says so). Empty for kinds without options.
 */
export function fieldOptions(field: FormField, catalogues: object): ChoiceOption[] | undefined {
  switch (field.kind) {
    case 'single-choice':
    case 'multiple-choice':
    case 'ranking':
      return Array.isArray(field.options)
        ? field.options.map((o) => ({ value: o.value, label: o.label }))
        : fromCatalogue(catalogues, field.options.catalogue, field.options.kinds);
    case 'territory':
      return fromCatalogue(catalogues, field.catalogue ?? DEFAULT_TERRITORY_CATALOGUE, field.kinds);
    default:
      return [];
  }
}
