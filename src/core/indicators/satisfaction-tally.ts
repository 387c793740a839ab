import type { EvaluationFacts } from './facts';

export type Rating = 1 | 2 | 3 | 4 | 5;
export const RATINGS: readonly Rating[] = [1, 2, 3, 4, 5];

/** The 1–5 overall rating of the evaluation form. Forms without a rating are not responses. */
export interface SatisfactionTally {
  responses: number;
  sum: number;
  distribution: Record<Rating, number>;
  /** Ratings present but not an integer 1–5 (a broken adapter or form): kept out of the mean. */
  invalid: number;
}

export interface SatisfactionSummary {
  responses: number;
  /** Unrounded; null when nobody rated. Round when displaying. */
  mean: number | null;
  distribution: Record<Rating, number>;
  invalid: number;
}

export const emptySatisfaction = (): SatisfactionTally => ({
  responses: 0,
  sum: 0,
  distribution: { 1: 0, 2: 0, 3: 0, 4: 0, 5: 0 },
  invalid: 0,
});

const isRating = (n: number): n is Rating => Number.isInteger(n) && n >= 1 && n <= 5;

export function addEvaluation(tally: SatisfactionTally, row: EvaluationFacts): void {
  const rating = row.overallRating;
  if (rating === undefined) return;
  if (!isRating(rating)) {
    tally.invalid += 1;
    return;
  }
  tally.responses += 1;
  tally.sum += rating;
  tally.distribution[rating] += 1;
}

export function mergeSatisfaction(into: SatisfactionTally, from: SatisfactionTally): void {
  into.responses += from.responses;
  into.sum += from.sum;
  into.invalid += from.invalid;
  for (const r of RATINGS) into.distribution[r] += from.distribution[r];
}

export const summariseSatisfaction = (t: SatisfactionTally): SatisfactionSummary => ({
  responses: t.responses,
  mean: t.responses === 0 ? null : t.sum / t.responses,
  distribution: { ...t.distribution },
  invalid: t.invalid,
});
