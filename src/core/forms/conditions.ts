import * as z from 'zod/mini';
import { hasAnswer, sameValue } from './answer-presence';

export type ConditionValue = string | number | boolean;

/**
 * `showIf` of a field: it may only look at EARLIER answers (checked with the definition).
 * For a field whose answer is a list (multiple choice, ranking), `equals` means "picked" and
 * `in` means "picked any of".
 */
export type Condition =
  | { field: string; equals: ConditionValue }
  | { field: string; in: ConditionValue[] }
  | { field: string; answered: boolean }
  | { all: Condition[] }
  | { any: Condition[] };

const conditionValue = z.union([z.string().check(z.minLength(1), z.maxLength(200)), z.number(), z.boolean()]);
const fieldRef = z.string().check(z.minLength(1), z.maxLength(64));

export const conditionSchema: z.ZodMiniType<Condition> = z.lazy(() =>
  z.union([
    z.strictObject({ field: fieldRef, equals: conditionValue }),
    z.strictObject({ field: fieldRef, in: z.array(conditionValue).check(z.minLength(1), z.maxLength(100)) }),
    z.strictObject({ field: fieldRef, answered: z.boolean() }),
    z.strictObject({ all: z.array(conditionSchema).check(z.minLength(1), z.maxLength(20)) }),
    z.strictObject({ any: z.array(conditionSchema).check(z.minLength(1), z.maxLength(20)) }),
  ]),
);

/** Answers here are the effective ones: a hidden field's answer is never passed in. */
export function conditionHolds(condition: Condition, answers: Readonly<Record<string, unknown>>): boolean {
  if ('all' in condition) return condition.all.every((c) => conditionHolds(c, answers));
  if ('any' in condition) return condition.any.some((c) => conditionHolds(c, answers));
  const answer = Object.hasOwn(answers, condition.field) ? answers[condition.field] : undefined;
  if ('answered' in condition) return hasAnswer(answer) === condition.answered;
  if (!hasAnswer(answer)) return false;
  const expected = 'equals' in condition ? [condition.equals] : condition.in;
  const given = Array.isArray(answer) ? answer : [answer];
  return given.some((a) => expected.some((e) => sameValue(a, e)));
}

/** The atoms of a condition (field and the value it names, if any), for checking a definition. */
export function conditionAtoms(condition: Condition): { field: string; values: ConditionValue[] }[] {
  if ('all' in condition) return condition.all.flatMap(conditionAtoms);
  if ('any' in condition) return condition.any.flatMap(conditionAtoms);
  if ('equals' in condition) return [{ field: condition.field, values: [condition.equals] }];
  if ('in' in condition) return [{ field: condition.field, values: condition.in }];
  return [{ field: condition.field, values: [] }];
}
