import fc from 'fast-check';
import type { Condition } from '../../../src/core/forms/conditions';
import { effectiveMaxLength, type FormField } from '../../../src/core/forms/field-definition';
import type { FormDefinition } from '../../../src/core/forms/form-definition';
import { fieldOptions } from '../../../src/core/forms/form-catalogues';
import { testCatalogues } from './definition-arbitrary';
import { dateOfDay, dayNumber } from '../../../src/core/time';

// Answers a renderer can produce, built with an independent model of visibility (not the engine's).

export const optionValues = (field: FormField) => (fieldOptions(field, testCatalogues) ?? []).map((o) => o.value);

const padding = fc.constantFrom('', ' ', '  ');
const word = (min: number, max: number) =>
  fc.string({ unit: fc.constantFrom('a', 'b', 'ñ', 'é', '¿', '?', 'z', '1'), minLength: min, maxLength: max });

/** A valid, non-empty answer for the field (what the input gives, text possibly with spaces around). */
export function validValue(field: FormField): fc.Arbitrary<unknown> {
  switch (field.kind) {
    case 'short-text':
    case 'long-text': {
      if (field.kind === 'short-text' && field.format === 'email') return fc.tuple(word(1, 8), word(1, 8)).map(([a, b]) => `${a}@${b}.co`);
      if (field.kind === 'short-text' && field.format === 'phone') return fc.stringMatching(/^\+?[0-9]{7,12}$/);
      const max = Math.min(effectiveMaxLength(field), 60);
      return fc.tuple(padding, word(Math.max(1, field.minLength ?? 1), max), padding).map((parts) => parts.join(''));
    }
    case 'number':
      return field.integer
        ? fc.integer({ min: field.min ?? -1000, max: field.max ?? 1000 })
        : fc.double({ min: field.min ?? -1e6, max: field.max ?? 1e6, noNaN: true, noDefaultInfinity: true });
    case 'date':
      return fc.integer({ min: dayNumber(field.min ?? '1990-01-01')!, max: dayNumber(field.max ?? '2040-12-31')! }).map(dateOfDay);
    case 'single-choice':
    case 'territory':
      return fc.constantFrom(...optionValues(field));
    case 'multiple-choice':
    case 'ranking': {
      const values = optionValues(field);
      const min = Math.max(1, field.minCount ?? 0);
      return fc.shuffledSubarray(values, { minLength: min, maxLength: Math.min(values.length, field.maxCount ?? values.length) });
    }
    case 'rating':
      return fc.integer({ min: 1, max: 5 });
    case 'yes-no':
      return fc.boolean();
    case 'consent':
      return fc.constant({ accepted: true, textVersion: field.textVersion });
  }
}

/** The test's own reading of showIf: list answers match when they contain the value; text is trimmed. */
export function modelHolds(condition: Condition, answers: Record<string, unknown>): boolean {
  if ('all' in condition) return condition.all.every((c) => modelHolds(c, answers));
  if ('any' in condition) return condition.any.some((c) => modelHolds(c, answers));
  const has = Object.keys(answers).includes(condition.field);
  if ('answered' in condition) return has === condition.answered;
  if (!has) return false;
  const wanted = 'equals' in condition ? [condition.equals] : condition.in;
  const raw = answers[condition.field];
  const given = (Array.isArray(raw) ? raw : [raw]).map((v) => (typeof v === 'string' ? v.trim() : v));
  return given.some((g) => wanted.includes(g as string | number | boolean));
}

export interface Plan {
  values: Record<string, unknown>;
  answerOptional: Record<string, boolean>;
}

export const planArb = (definition: FormDefinition): fc.Arbitrary<Plan> =>
  fc.record({
    values: fc.record(Object.fromEntries(definition.fields.map((f) => [f.id, validValue(f)]))),
    answerOptional: fc.record(Object.fromEntries(definition.fields.map((f) => [f.id, fc.boolean()]))),
  });

/** Walks the form as a person does: only visible fields get an answer; required ones always do. */
export function answersFromPlan(definition: FormDefinition, plan: Plan): { answers: Record<string, unknown>; visible: string[] } {
  const answers: Record<string, unknown> = {};
  const visible: string[] = [];
  for (const field of definition.fields) {
    if (field.showIf && !modelHolds(field.showIf, answers)) continue;
    visible.push(field.id);
    if (field.required || plan.answerOptional[field.id]) answers[field.id] = plan.values[field.id];
  }
  return { answers, visible };
}
