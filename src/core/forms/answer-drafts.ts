import { answerOf } from './answers';
import { hasAnswer } from './answer-presence';
import type { FormField } from './field-definition';
import { conditionHolds } from './conditions';

/** What an untouched input holds: '' for text, [] for lists, a yes-no's default, null for the rest. */
export function emptyAnswer(field: FormField): '' | [] | boolean | null {
  switch (field.kind) {
    case 'yes-no':
      return field.default ?? null;
    case 'short-text':
    case 'long-text':
      return '';
    case 'multiple-choice':
    case 'ranking':
      return [];
    default:
      return null;
  }
}

/** A draft with every field empty, for the renderer's store. */
export const emptyAnswers = (definition: { fields: FormField[] }): Record<string, unknown> =>
  Object.fromEntries(definition.fields.map((f) => [f.id, emptyAnswer(f)]));

/**
 * Turns the renderer's draft into what is validated and stored: only visible, answered fields;
 * text trimmed; numbers typed as text ("3,5") turned into numbers. Visibility is decided on the
 * normalised values, exactly as answersSchema will see them. It judges nothing; answersSchema does.
 */
export function normaliseAnswers(definition: { fields: FormField[] }, draft: Readonly<Record<string, unknown>>): Record<string, unknown> {
  const answers: Record<string, unknown> = {};
  for (const field of definition.fields) {
    const visible = field.showIf === undefined || conditionHolds(field.showIf, answers);
    const value = normaliseValue(field, answerOf(draft, field.id));
    if (visible && hasAnswer(value)) answers[field.id] = value;
  }
  return answers;
}

function normaliseValue(field: FormField, value: unknown): unknown {
  if (typeof value !== 'string') return value;
  const text = value.trim();
  if (field.kind !== 'number' && field.kind !== 'rating') return text;
  const number = Number(text.replace(',', '.'));
  return text !== '' && Number.isFinite(number) ? number : text;
}
