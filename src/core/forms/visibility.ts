import { answerOf } from './answers';
import { hasAnswer } from './answer-presence';
import { conditionHolds } from './conditions';
import type { FormField } from './field-definition';

export interface FieldVisibility {
  field: FormField;
  visible: boolean;
}

/**
 * Walks the fields in order. A hidden field's answer is ignored by later conditions, so a stale
 * answer left behind when a person changes their mind never shows or hides anything.
 */
export function fieldVisibility(definition: { fields: FormField[] }, answers: Readonly<Record<string, unknown>>): FieldVisibility[] {
  const effective: Record<string, unknown> = {};
  return definition.fields.map((field) => {
    const visible = field.showIf === undefined || conditionHolds(field.showIf, effective);
    const answer = answerOf(answers, field.id);
    if (visible && hasAnswer(answer)) effective[field.id] = answer;
    return { field, visible };
  });
}

/** The fields the renderer shows for the answers given so far, in order. */
export const visibleFields = (definition: { fields: FormField[] }, answers: Readonly<Record<string, unknown>>): FormField[] =>
  fieldVisibility(definition, answers)
    .filter((v) => v.visible)
    .map((v) => v.field);
