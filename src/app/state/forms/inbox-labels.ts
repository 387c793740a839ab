import { builtinFormCatalogues, currentBuiltinDefinition, type FormField } from '../../../core/forms';
import { ESCUCHADERO_FORM_ID } from '../../../core/records/registry';
import type { Language } from '../../../core/problems/problem';
import { optionGroups, optionLabel, type OptionGroup } from './field-options';
import { settingsCatalogues } from '../settings/entity-settings';

/** The entity's territories, topics and offices (settings) over the forms' shared lists. */
const catalogues = () => ({ ...builtinFormCatalogues, ...settingsCatalogues() });

const escuchadero = currentBuiltinDefinition(ESCUCHADERO_FORM_ID)!;
const fieldNamed = (id: string): FormField => escuchadero.fields.find((f) => f.id === id)!;

/** The inbox's filters and labels come from the escuchadero's own questions (tipo, tema, territorio). */
export const inboxChoices = (language: Language): Record<'type' | 'topic' | 'territory', OptionGroup[]> => ({
  type: optionGroups(fieldNamed('tipo'), catalogues(), language),
  topic: optionGroups(fieldNamed('tema'), catalogues(), language),
  territory: optionGroups(fieldNamed('territorio'), catalogues(), language),
});

export const inboxLabel = (field: 'tipo' | 'tema' | 'territorio', value: string, language: Language): string =>
  optionLabel(fieldNamed(field), catalogues(), value, language);

export const officeOptions = (language: Language): { value: string; label: string }[] =>
  catalogues().offices.entries.map((e) => ({ value: e.code, label: (language === 'en' && e.nameEn) || e.name }));

export const officeLabel = (code: string, language: Language): string => officeOptions(language).find((o) => o.value === code)?.label ?? code;
