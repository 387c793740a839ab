import type { ChoiceOption, FormField, LocalizedText } from '../../../core/forms';
import { DEFAULT_TERRITORY_CATALOGUE } from '../../../core/forms/field-definition';
import { catalogueNamed, fieldOptions } from '../../../core/forms/form-catalogues';
import type { Language } from '../../../core/problems/problem';
import { TERRITORY_DIVISIONS } from '../../../core/catalogues/territory-title';

export interface OptionGroup {
  /** Absent for options shown without a heading. */
  label?: string | undefined;
  options: { value: string; label: string }[];
}

const OTHER: LocalizedText = { es: 'Otros', en: 'Others' };

const labelOf = (option: ChoiceOption, language: Language) => option.label[language];

/** Comunas, then corregimientos, then the rest ("1. Popular"), like the attendance screen. */
function territoryGroups(field: FormField, options: ChoiceOption[], catalogues: object, language: Language): OptionGroup[] {
  const name = field.kind === 'territory' ? (field.catalogue ?? DEFAULT_TERRITORY_CATALOGUE) : DEFAULT_TERRITORY_CATALOGUE;
  const kinds = new Map((catalogueNamed(catalogues, name)?.entries ?? []).map((e) => [e.code, e.kind ?? '']));
  const order = [...Object.keys(TERRITORY_DIVISIONS), ''];
  const kindOf = (o: ChoiceOption) => (order.includes(kinds.get(o.value) ?? '') ? (kinds.get(o.value) ?? '') : '');
  return order
    .map((kind) => ({
      label: (TERRITORY_DIVISIONS[kind]?.many ?? OTHER)[language],
      options: options
        .filter((o) => kindOf(o) === kind)
        .map((o) => ({ value: o.value, label: kind === '' || !/^\d+$/.test(o.value) ? labelOf(o, language) : `${Number(o.value)}. ${labelOf(o, language)}` })),
    }))
    .filter((g) => g.options.length > 0);
}

/**
 * Options under the entry they belong to (a programme under its component). A parent that is itself a
 * choice comes first in its own group; options with no parent come first, without a heading.
 */
function parentGroups(options: ChoiceOption[], language: Language, parentName: (code: string) => string | undefined): OptionGroup[] {
  const byValue = new Map(options.map((o) => [o.value, o]));
  const parents = new Set(options.flatMap((o) => (o.group ? [o.group] : [])));
  const loose = options.filter((o) => !o.group && !parents.has(o.value));
  const groups: OptionGroup[] = loose.length > 0 ? [{ options: loose.map((o) => ({ value: o.value, label: labelOf(o, language) })) }] : [];
  for (const parent of parents) {
    const head = byValue.get(parent);
    const members = [...(head ? [head] : []), ...options.filter((o) => o.group === parent)];
    groups.push({ label: head ? labelOf(head, language) : (parentName(parent) ?? parent), options: members.map((o) => ({ value: o.value, label: labelOf(o, language) })) });
  }
  return groups;
}

/** The choices of a field in the reader's language, grouped the way a person looks for them. */
export function optionGroups(field: FormField, catalogues: object, language: Language): OptionGroup[] {
  const options = fieldOptions(field, catalogues) ?? [];
  if (field.kind === 'territory') return territoryGroups(field, options, catalogues, language);
  if (options.some((o) => o.group)) {
    const source = 'options' in field && !Array.isArray(field.options) ? catalogueNamed(catalogues, field.options.catalogue) : undefined;
    const parentName = (code: string) => {
      const entry = source?.entries.find((e) => e.code === code);
      return entry && ((language === 'en' && entry.nameEn) || entry.name);
    };
    return parentGroups(options, language, parentName);
  }
  return [{ options: options.map((o) => ({ value: o.value, label: labelOf(o, language) })) }];
}

/** The label of one value (for read-only lists: inbox, results). */
export function optionLabel(field: FormField, catalogues: object, value: string, language: Language): string {
  return (fieldOptions(field, catalogues) ?? []).find((o) => o.value === value)?.label[language] ?? value;
}
