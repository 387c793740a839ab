import type { LocalizedText } from './localized-text';

/** What GET /api/v1/forms/:id/results answers, question by question (computed in src/server/forms). */
export interface OptionCount {
  value: string;
  label: LocalizedText;
  count: number;
}

/** Prioritisation: a pick in place i (0 = first) earns maxCount − i points. */
export interface RankedOption {
  value: string;
  label: LocalizedText;
  points: number;
  firstChoices: number;
  mentions: number;
}

interface Question {
  fieldId: string;
  label: LocalizedText;
  /** Submissions that answered it. */
  answered: number;
}

export type QuestionResult =
  | (Question & { kind: 'single-choice' | 'multiple-choice' | 'territory'; options: OptionCount[] })
  | (Question & { kind: 'yes-no'; yes: number; no: number })
  | (Question & { kind: 'rating'; mean: number | null; distribution: { value: number; count: number }[] })
  | (Question & { kind: 'ranking'; maxCount: number; options: RankedOption[] })
  | (Question & { kind: 'number'; mean: number | null; min: number | null; max: number | null })
  | (Question & { kind: 'short-text' | 'long-text' | 'date' | 'consent' });

export interface FormResults {
  formId: string;
  eventId: string | null;
  /** Questions are described as in this version; older versions' questions follow the current ones. */
  latestVersion: number;
  submissions: number;
  questions: QuestionResult[];
}
