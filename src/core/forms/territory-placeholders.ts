import { territoryWords, type TerritoryWords } from '../catalogues/territory-title';
import type { Language } from '../problems/problem';
import { citizenText } from '../problems/citizen-field-messages';
import type { DefinitionIssue } from './definition-checks';
import { DEFAULT_TERRITORY_CATALOGUE, type FormField } from './field-definition';
import { catalogueNamed } from './form-catalogues';
import type { LocalizedText } from './localized-text';

type WordForm = Exclude<keyof TerritoryWords, 'named'>;

/**
 * The placeholders a form's questions and sections may write to name the entity's territories, each language with
 * its own, and the form of territoryWords each stands for: "¿En qué {territorio} vive?" reads "¿En qué comuna o
 * corregimiento vive?" in Medellín and "¿En qué localidad o unidad comunal de gobierno vive?" in Cartagena;
 * {un_territorio} and {ese_territorio} carry the article that agrees with the entity's first division. A closed
 * set: any other word in braces is an error of the definition, so a typo never reaches a citizen.
 */
export const TERRITORY_PLACEHOLDERS: Readonly<Record<Language, Readonly<Record<string, WordForm>>>> = {
  es: { territorio: 'one', Territorio: 'title', territorios: 'many', un_territorio: 'a', ese_territorio: 'that' },
  en: { territory: 'one', Territory: 'title', territories: 'many', a_territory: 'a', that_territory: 'that' },
};

// A word in braces reads as a placeholder; other braces ("{ }", "{1,2}") are plain text.
const PLACEHOLDER = /\{([A-Za-z_]+)\}/g;

const formOf = (language: Language, name: string): WordForm | undefined =>
  Object.hasOwn(TERRITORY_PLACEHOLDERS[language], name) ? TERRITORY_PLACEHOLDERS[language][name] : undefined;

/** The entity's territory words, from the catalogue a territory question reads by default (its settings' territories). */
export const formTerritoryWords = (catalogues: object): TerritoryWords =>
  territoryWords(catalogueNamed(catalogues, DEFAULT_TERRITORY_CATALOGUE) ?? { entries: [] });

/**
 * The one place a definition's text gets the entity's words: each placeholder of its language replaced. A text
 * without braces is returned as it is (most are), so resolving costs next to nothing.
 */
export function inTerritoryWords(text: LocalizedText, words: TerritoryWords): LocalizedText {
  if (!text.es.includes('{') && !text.en.includes('{')) return text;
  const fill = (language: Language) =>
    text[language].replace(PLACEHOLDER, (whole, name: string) => {
      const form = formOf(language, name);
      return form === undefined ? whole : words[form][language];
    });
  return { es: fill('es'), en: fill('en') };
}

type Path = (string | number)[];
type TextAt = (text: LocalizedText, path: Path) => LocalizedText;
type Section = { id: string; title: LocalizedText; intro?: LocalizedText | undefined };

/** The texts a question may carry besides its options: where placeholders are resolved and checked, one list. */
const FIELD_TEXTS = ['label', 'help', 'lowLabel', 'highLabel', 'notice'] as const;

function fieldTexts(field: FormField, index: number, at: TextAt): FormField {
  const copy: Record<string, unknown> = { ...field };
  for (const key of FIELD_TEXTS) {
    const text = (field as Partial<Record<(typeof FIELD_TEXTS)[number], LocalizedText>>)[key];
    if (text !== undefined) copy[key] = at(text, ['fields', index, key]);
  }
  if ('options' in field && Array.isArray(field.options)) {
    copy.options = field.options.map((option, i) => ({ ...option, label: at(option.label, ['fields', index, 'options', i, 'label']) }));
  }
  return copy as FormField;
}

/** Every text of the sections and questions through `at`, in a copy; the form's own title and intro are left alone. */
function mapQuestionTexts<D extends { sections: Section[]; fields: FormField[] }>(definition: D, at: TextAt): D {
  return {
    ...definition,
    sections: definition.sections.map((section, i) => ({
      ...section,
      title: at(section.title, ['sections', i, 'title']),
      ...(section.intro === undefined ? {} : { intro: at(section.intro, ['sections', i, 'intro']) }),
    })),
    fields: definition.fields.map((field, i) => fieldTexts(field, i, at)),
  };
}

/**
 * A definition as the entity's people read it: its sections' and questions' placeholders in the entity's words.
 * Applied where a definition meets the entity to be shown or judged: the citizen form and the kiosk, the answers'
 * messages, the office's results and the memoria (server formResults, with the current settings' words). The stored
 * definition keeps its placeholders: a published version never changes.
 */
export const definitionInWords = <D extends { sections: Section[]; fields: FormField[] }>(definition: D, words: TerritoryWords): D =>
  mapQuestionTexts(definition, (text) => inTerritoryWords(text, words));

const known = (language: Language) => Object.keys(TERRITORY_PLACEHOLDERS[language]).map((name) => `{${name}}`).join(', ');
const namesIn = (text: string): string[] => [...text.matchAll(PLACEHOLDER)].map((match) => match[1]!);

/**
 * Placeholders a definition may not have: an unknown word in braces in a section or question (each language checks
 * its own names), or any placeholder in the form's title or intro, which lists and posters show as written.
 */
export function placeholderIssues(definition: { title: LocalizedText; intro: LocalizedText; sections: Section[]; fields: FormField[] }): DefinitionIssue[] {
  const issues: DefinitionIssue[] = [];
  for (const key of ['title', 'intro'] as const) {
    for (const language of ['es', 'en'] as const) {
      if (namesIn(definition[key][language]).length > 0) issues.push({ path: [key, language], message: citizenText('definition.placeholder_place') });
    }
  }
  mapQuestionTexts(definition, (text, path) => {
    for (const language of ['es', 'en'] as const) {
      const unknown = namesIn(text[language]).find((name) => formOf(language, name) === undefined);
      if (unknown !== undefined) {
        issues.push({ path: [...path, language], message: citizenText('definition.placeholder_unknown', { name: `{${unknown}}`, known: known(language) }) });
      }
    }
    return text;
  });
  return issues;
}
