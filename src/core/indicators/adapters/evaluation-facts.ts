import type { EvaluationFacts } from '../facts';

/** The built-in evaluation of an audiencia pública and its overall 1–5 rating question. */
export const EVALUATION_FORM_ID = 'evaluacion-audiencia';
export const OVERALL_RATING_FIELD = 'calificacion';

/** What the adapter needs of a stored form.submission. */
export interface SubmittedAnswers {
  eventId: string;
  answers: Readonly<Record<string, unknown>>;
}

/**
 * Satisfaction rows from evaluation submissions (every version: a question keeps its id across versions).
 * A submission without a numeric rating is passed on without one, so the tally leaves it out.
 */
export function evaluationFactsOf(submissions: Iterable<SubmittedAnswers>, ratingField = OVERALL_RATING_FIELD): EvaluationFacts[] {
  const rows: EvaluationFacts[] = [];
  for (const { eventId, answers } of submissions) {
    const rating = answers[ratingField];
    rows.push(typeof rating === 'number' ? { eventId, overallRating: rating } : { eventId });
  }
  return rows;
}
