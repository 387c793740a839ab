import { definitionInWords, type FormDefinition } from '../../core/forms';
import type { TerritoryWords } from '../../core/catalogues';
import type { StoredSubmission } from '../store/submission-store';
import type { FormResults } from '../../core/forms/form-results-wire';
import { questionTally } from './question-tally';

export type { FormResults, QuestionResult } from '../../core/forms/form-results-wire';

/**
 * Per-question results over submissions of every version. A question is known by its id (which keeps
 * its kind across versions, see definition-rules.ts) and described as in the newest version that has it, in the
 * entity's current territory words (`words`: "¿En qué {territorio} vive?" reads as the entity's people read it).
 */
export function formResults(versions: readonly FormDefinition[], submissions: readonly StoredSubmission[], catalogues: object, eventId: string | null, words: TerritoryWords): FormResults {
  const newestFirst = versions.map((v) => definitionInWords(v, words)).sort((a, b) => b.version - a.version);
  const tallies = new Map<string, ReturnType<typeof questionTally> & { answered: number }>();
  for (const definition of newestFirst) {
    for (const field of definition.fields) if (!tallies.has(field.id)) tallies.set(field.id, { ...questionTally(field, catalogues), answered: 0 });
  }
  for (const submission of submissions) {
    for (const [fieldId, value] of Object.entries(submission.answers)) {
      const question = tallies.get(fieldId);
      if (!question) continue;
      question.answered += 1;
      question.add(value);
    }
  }
  return {
    formId: newestFirst[0]!.id,
    eventId,
    latestVersion: newestFirst[0]!.version,
    submissions: submissions.length,
    questions: [...tallies.values()].map((q) => ({ ...q.result(), answered: q.answered })),
  };
}
