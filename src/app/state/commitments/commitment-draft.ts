import { commitmentSchema, progressUpdateSchema, type Commitment, type ProgressUpdate } from '../../../core/commitments';
import { fieldIssuesFrom, parseIn } from '../../../core/problems/field-issues';
import { officeTextIn } from '../../../core/problems/office-field-messages';
import { language } from '../language';
import type { Problem } from '../../../core/problems/problem';

/** What the office types for a new commitment; empty strings are fields left blank. */
export interface CommitmentDraft {
  eventId: string;
  title: string;
  description: string;
  office: string;
  dueDate: string;
  topic: string;
  territory: string;
}
export type CommitmentField = keyof CommitmentDraft;
export type FieldErrors<F extends string> = Partial<Record<F, string>>;

export type CommitmentOrigin = Commitment['origin'];

export const emptyCommitmentDraft = (over: Partial<CommitmentDraft> = {}): CommitmentDraft => ({
  eventId: '',
  title: '',
  description: '',
  office: '',
  dueDate: '',
  topic: '',
  territory: '',
  ...over,
});

/** The first error of each field, as the schema (or the server) words it: field by field, in the screen's language. */
export function errorsOfIssues<F extends string>(issues: readonly { path: string; message: string }[], fields: readonly F[]): FieldErrors<F> {
  const errors: FieldErrors<F> = {};
  for (const issue of issues) {
    const field = fields.find((f) => issue.path === f || issue.path.startsWith(`${f}.`));
    if (field && errors[field] === undefined) errors[field] = issue.message;
  }
  return errors;
}

/** A server refusal that names fields, as field errors; undefined when it names none of ours. */
export function errorsOfProblem<F extends string>(p: Problem, fields: readonly F[]): FieldErrors<F> | undefined {
  const errors = errorsOfIssues(p.details?.fields ?? [], fields);
  return Object.keys(errors).length > 0 ? errors : undefined;
}

const COMMITMENT_FIELDS: readonly CommitmentField[] = ['eventId', 'title', 'description', 'office', 'dueDate', 'topic', 'territory'];

const optional = (value: string) => (value.trim() === '' ? undefined : value.trim());

/**
 * The commitment to send, checked with the same core schema the server uses, so a person sees every
 * field's problem before a round trip. Blank optional fields are left out, not sent empty.
 */
export function commitmentOfDraft(draft: CommitmentDraft, meta: { id: string; origin: CommitmentOrigin; createdAt: string }): { ok: true; value: Commitment } | { ok: false; errors: FieldErrors<CommitmentField> } {
  const candidate = {
    id: meta.id,
    eventId: draft.eventId,
    title: draft.title,
    description: optional(draft.description),
    office: draft.office,
    dueDate: draft.dueDate,
    topic: optional(draft.topic),
    territory: optional(draft.territory),
    origin: meta.origin,
    createdAt: meta.createdAt,
  };
  const parsed = parseIn(language(), commitmentSchema, Object.fromEntries(Object.entries(candidate).filter(([, v]) => v !== undefined)));
  if (parsed.success) return { ok: true, value: parsed.data };
  const errors = errorsOfIssues(fieldIssuesFrom(parsed.error), COMMITMENT_FIELDS);
  // An empty event id fails the length check with zod's generic words: say what to do instead.
  if (errors.eventId !== undefined) errors.eventId = officeTextIn(language(), 'commitment.event_choose');
  if (draft.dueDate === '') errors.dueDate = officeTextIn(language(), 'commitment.due_date_choose');
  return { ok: false, errors };
}

/** A report of progress as typed: the percentage is text until it is checked. */
export interface ProgressDraft {
  date: string;
  percent: string;
  state: string;
  text: string;
  evidenceUrl: string;
}
export type ProgressField = keyof ProgressDraft;
const PROGRESS_FIELDS: readonly ProgressField[] = ['date', 'percent', 'state', 'text', 'evidenceUrl'];

export const emptyProgressDraft = (today: string): ProgressDraft => ({ date: today, percent: '', state: 'en_curso', text: '', evidenceUrl: '' });

export function progressOfDraft(draft: ProgressDraft, meta: { id: string; commitmentId: string }): { ok: true; value: ProgressUpdate } | { ok: false; errors: FieldErrors<ProgressField> } {
  const percentText = draft.percent.trim();
  const candidate = {
    id: meta.id,
    commitmentId: meta.commitmentId,
    date: draft.date,
    // "50" is a number; "", "cincuenta" or "50,5" stay text and fail the schema's number check with its words.
    percent: /^\d{1,3}$/.test(percentText) ? Number(percentText) : percentText,
    state: draft.state,
    text: draft.text,
    ...(optional(draft.evidenceUrl) ? { evidenceUrl: draft.evidenceUrl.trim() } : {}),
  };
  const parsed = parseIn(language(), progressUpdateSchema, candidate);
  if (parsed.success) return { ok: true, value: parsed.data };
  const errors = errorsOfIssues(fieldIssuesFrom(parsed.error), PROGRESS_FIELDS);
  if (draft.date === '') errors.date = officeTextIn(language(), 'commitment.progress_date_choose');
  return { ok: false, errors };
}

/** A new commitment from an answered escuchadero case: what the citizen asked and what the office answered. */
export function draftFromAnswer(item: { eventId: string; text: string; answer?: string | undefined; office?: string | undefined; topic: string | null; territory: string }, labels: { question: string; answer: string }): CommitmentDraft {
  const answer = item.answer?.trim() ?? '';
  return emptyCommitmentDraft({
    eventId: item.eventId,
    // The answer usually states the promise; its first sentence is the title the office then edits.
    title: firstSentence(answer).slice(0, 300),
    description: [`${labels.question}: ${item.text.trim()}`, answer ? `${labels.answer}: ${answer}` : ''].filter(Boolean).join('\n\n').slice(0, 4000),
    office: item.office ?? '',
    topic: item.topic ?? '',
    territory: item.territory,
  });
}

function firstSentence(text: string): string {
  const match = /^(.+?[.!?])(\s|$)/s.exec(text);
  return (match ? match[1]! : text).trim();
}
