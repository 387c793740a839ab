import { fieldOptions, RATING_MAX, RATING_MIN, type FormField } from '../../core/forms';

import type { OptionCount, QuestionResult, RankedOption } from '../../core/forms/form-results-wire';

export type { OptionCount, QuestionResult, RankedOption };

const round2 = (n: number) => Math.round(n * 100) / 100;
const mean = (values: number[]) => (values.length === 0 ? null : round2(values.reduce((a, b) => a + b, 0) / values.length));

/** Counts kept per option value, in the field's option order; values from older versions go last. */
function optionCounts(field: FormField, catalogues: object) {
  const counts = new Map((fieldOptions(field, catalogues) ?? []).map((o) => [o.value, { value: o.value, label: o.label, count: 0, points: 0, firstChoices: 0 }]));
  const of = (value: string) => {
    const entry = counts.get(value) ?? { value, label: { es: value, en: value }, count: 0, points: 0, firstChoices: 0 };
    counts.set(value, entry);
    return entry;
  };
  return { of, all: () => [...counts.values()] };
}

/** One question's tally: `add` takes each answer as stored; `result` describes the totals. */
export function questionTally(field: FormField, catalogues: object): { add(value: unknown): void; result(): QuestionResult } {
  // `answered` is counted by formResults, which sees every present answer.
  const base = { fieldId: field.id, label: field.label, answered: 0 };
  const numbers: number[] = [];
  switch (field.kind) {
    case 'single-choice':
    case 'territory':
    case 'multiple-choice': {
      const options = optionCounts(field, catalogues);
      return {
        add: (value) => {
          for (const v of Array.isArray(value) ? value : [value]) if (typeof v === 'string') options.of(v).count += 1;
        },
        result: () => ({ ...base, kind: field.kind, options: options.all().map(({ value, label, count }) => ({ value, label, count })) }),
      };
    }
    case 'ranking': {
      const options = optionCounts(field, catalogues);
      return {
        add: (value) => {
          if (!Array.isArray(value)) return;
          value.forEach((v, place) => {
            if (typeof v !== 'string') return;
            const entry = options.of(v);
            entry.count += 1;
            entry.points += Math.max(0, field.maxCount - place);
            if (place === 0) entry.firstChoices += 1;
          });
        },
        result: () => ({
          ...base,
          kind: 'ranking',
          maxCount: field.maxCount,
          options: options
            .all()
            .map(({ value, label, points, firstChoices, count }) => ({ value, label, points, firstChoices, mentions: count }))
            .sort((a, b) => b.points - a.points || b.firstChoices - a.firstChoices),
        }),
      };
    }
    case 'yes-no': {
      const counts = { yes: 0, no: 0 };
      return {
        add: (value) => {
          if (value === true) counts.yes += 1;
          if (value === false) counts.no += 1;
        },
        result: () => ({ ...base, kind: 'yes-no', ...counts }),
      };
    }
    case 'rating':
      return {
        add: (value) => {
          if (typeof value === 'number') numbers.push(value);
        },
        result: () => ({
          ...base,
          kind: 'rating',
          mean: mean(numbers),
          distribution: Array.from({ length: RATING_MAX - RATING_MIN + 1 }, (_, i) => ({ value: RATING_MIN + i, count: numbers.filter((n) => n === RATING_MIN + i).length })),
        }),
      };
    case 'number':
      return {
        add: (value) => {
          if (typeof value === 'number') numbers.push(value);
        },
        result: () => ({
          ...base,
          kind: 'number',
          mean: mean(numbers),
          min: numbers.length ? Math.min(...numbers) : null,
          max: numbers.length ? Math.max(...numbers) : null,
        }),
      };
    default:
      // Free text, dates and consents are not tallied here: only how many answered.
      return { add: () => undefined, result: () => ({ ...base, kind: field.kind }) };
  }
}

