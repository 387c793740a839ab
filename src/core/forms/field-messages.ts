import { citizenText } from '../problems/citizen-field-messages';
import type { FormField } from './field-definition';

/** Messages name the question as the person read it, in their language and its quotes: «¿Cómo se enteró…?», “How…?”. */
export function quotedLabel(field: FormField, language: 'es' | 'en' = 'es'): string {
  const label = field.label[language].trim();
  const shown = label.length > 80 ? `${label.slice(0, 79).trimEnd()}…` : label;
  return language === 'en' ? `“${shown}”` : `«${shown}»`;
}

/** The question, quoted, in both languages: the message picks the one it is written in. */
export const questionOf = (field: FormField) => ({ es: quotedLabel(field, 'es'), en: quotedLabel(field, 'en') });

export const requiredMessage = (field: FormField) =>
  citizenText(field.kind === 'consent' ? 'answers.consent_required' : 'answers.required', { q: questionOf(field) });

export const hiddenMessage = (field: FormField) => citizenText('answers.hidden', { q: questionOf(field) });

export const unknownAnswerMessage = () => citizenText('answers.unknown_question');

/** The message of a number or date out of its field's range (only the bounds the field has). */
export function rangeKey(what: 'number' | 'date', min?: number | string, max?: number | string) {
  if (min !== undefined && max !== undefined) return what === 'number' ? 'answers.number_between' : 'answers.date_between';
  if (min !== undefined) return what === 'number' ? 'answers.number_at_least' : 'answers.date_from';
  return what === 'number' ? 'answers.number_at_most' : 'answers.date_until';
}
