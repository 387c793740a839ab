import type { LocalizedText } from './localized-text';
import type { AnswerLimit } from './answer-limit';

/** A form link as POST /forms/:id/links answers it: the address to print and share, and its answer limit. */
export interface FormLinkView {
  formId: string;
  formVersion: number;
  eventId: string;
  signature: string;
  path: string;
  qrText: string;
  answerLimit: AnswerLimit;
}

/** A link as GET /form-links?event= lists it: the office sees it again after a reload, with its answers. */
export interface ListedFormLink extends FormLinkView {
  title: LocalizedText;
  createdAt: string;
  /** Set once the office closed it: it takes no more answers. */
  closedAt?: string;
  answers: number;
}
