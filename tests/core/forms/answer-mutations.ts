import { effectiveMaxLength, type FormField } from '../../../src/core/forms/field-definition';
import type { FormDefinition } from '../../../src/core/forms/form-definition';
import { optionValues, type Plan } from './answers-arbitrary';
import { dateOfDay, dayNumber } from '../../../src/core/time';

/** One way of breaking a valid answer set, and the key the schema must then complain about. */
export interface Mutation {
  name: string;
  target: string;
  answers: Record<string, unknown>;
}

const withAnswer = (answers: Record<string, unknown>, id: string, value: unknown) => ({ ...answers, [id]: value });

/** Values that break the field's own constraints (range, option, count, type), never an empty one. */
function badValues(field: FormField): { name: string; value: unknown }[] {
  const bad: { name: string; value: unknown }[] = [{ name: 'wrong type', value: { x: 1 } }];
  switch (field.kind) {
    case 'short-text':
    case 'long-text':
      bad.push({ name: 'too long', value: 'x'.repeat(effectiveMaxLength(field) + 1) }, { name: 'not text', value: 12 });
      if ((field.minLength ?? 0) >= 2) bad.push({ name: 'too short', value: 'x'.repeat(field.minLength! - 1) });
      if (field.kind === 'short-text' && field.format) bad.push({ name: 'bad format', value: 'no es @ válido' });
      break;
    case 'number':
      bad.push({ name: 'text for a number', value: '12' });
      if (field.max !== undefined) bad.push({ name: 'above max', value: field.max + 1 });
      if (field.min !== undefined) bad.push({ name: 'below min', value: field.min - 0.5 });
      if (field.integer) bad.push({ name: 'not an integer', value: (field.min ?? 0) + 0.5 });
      break;
    case 'date':
      bad.push({ name: 'impossible date', value: '2026-02-30' }, { name: 'not a date', value: '30/01/2026' });
      if (field.max) bad.push({ name: 'after max', value: dateOfDay(dayNumber(field.max)! + 1) });
      if (field.min) bad.push({ name: 'before min', value: dateOfDay(dayNumber(field.min)! - 1) });
      break;
    case 'single-choice':
    case 'territory':
      bad.push({ name: 'wrong option', value: 'no-existe' }, { name: 'list for one', value: [optionValues(field)[0]] });
      break;
    case 'multiple-choice':
    case 'ranking': {
      const values = optionValues(field);
      bad.push({ name: 'wrong option', value: [values[0], 'no-existe'] }, { name: 'repeated pick', value: [values[0], values[0]] });
      if (field.maxCount !== undefined && field.maxCount < values.length) bad.push({ name: 'too many picks', value: values.slice(0, field.maxCount + 1) });
      if ((field.minCount ?? 0) >= 2) bad.push({ name: 'too few picks', value: values.slice(0, field.minCount! - 1) });
      break;
    }
    case 'rating':
      bad.push({ name: 'rating 0', value: 0 }, { name: 'rating 6', value: 6 }, { name: 'half rating', value: 2.5 });
      break;
    case 'yes-no':
      bad.push({ name: 'text for yes/no', value: 'sí' });
      break;
    case 'consent':
      bad.push(
        { name: 'consent refused', value: { accepted: false, textVersion: field.textVersion } },
        { name: 'other notice version', value: { accepted: true, textVersion: `${field.textVersion}-old` } },
      );
      break;
  }
  return bad;
}

/** Every applicable mutation of a valid answer set; each must make the schema point at `target`. */
export function mutations(definition: FormDefinition, plan: Plan, answers: Record<string, unknown>, visible: string[]): Mutation[] {
  const list: Mutation[] = [{ name: 'unknown key', target: 'zz_extra', answers: withAnswer(answers, 'zz_extra', 'x') }];
  for (const field of definition.fields) {
    const shown = visible.includes(field.id);
    const answered = Object.keys(answers).includes(field.id);
    if (!shown) {
      list.push({ name: 'answer for a hidden field', target: field.id, answers: withAnswer(answers, field.id, plan.values[field.id]) });
      continue;
    }
    if (field.required && answered) {
      const { [field.id]: _dropped, ...rest } = answers;
      list.push({ name: 'missing visible required answer', target: field.id, answers: rest });
    }
    for (const { name, value } of badValues(field)) list.push({ name, target: field.id, answers: withAnswer(answers, field.id, value) });
  }
  return list;
}
