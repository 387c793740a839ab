import type { AnswersSchema, Answers, FormDefinition } from '../../../core/forms';
import { answersSchema } from '../../../core/forms/answers-schema';
import { emptyAnswers, normaliseAnswers } from '../../../core/forms/answer-drafts';
import { parseIn } from '../../../core/problems/field-issues';
import type { Language } from '../../../core/problems/problem';

/** The renderer's draft: one entry per field, in the shapes emptyAnswers gives (strings, lists, null). */
export type Draft = Record<string, unknown>;
/** One message per field id, in the screen's language, shown next to that field. */
export type FieldErrors = Record<string, string>;

export type DraftCheck = { ok: true; answers: Answers } | { ok: false; errors: FieldErrors };

// Deriving a schema walks the whole definition: once per definition is enough.
const schemas = new WeakMap<FormDefinition, AnswersSchema>();

function schemaOf(definition: FormDefinition, catalogues: object): AnswersSchema {
  const cached = schemas.get(definition) ?? answersSchema(definition, catalogues);
  schemas.set(definition, cached);
  return cached;
}

/**
 * The same check the server makes (answersSchema of this definition), on what would be stored: only the
 * visible, answered fields, normalised. Every message is keyed by the field it belongs to (its first path
 * segment), the first one per field, so the screen can put it beside that field.
 */
export function checkDraft(definition: FormDefinition, catalogues: object, draft: Readonly<Draft>, language: Language = 'es'): DraftCheck {
  const answers = normaliseAnswers(definition, draft);
  const parsed = parseIn(language, schemaOf(definition, catalogues), answers);
  if (parsed.success) return { ok: true, answers: parsed.data };
  const errors: FieldErrors = {};
  for (const issue of parsed.error.issues) {
    const fieldId = String(issue.path[0] ?? '');
    if (fieldId !== '' && errors[fieldId] === undefined) errors[fieldId] = issue.message;
  }
  return { ok: false, errors };
}

/** Maps issues of a rejected save (paths like "payload.answers.tipo") back to field ids. */
export function errorsFromIssues(issues: readonly { path: string; message: string }[]): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of issues) {
    const match = /^payload\.answers\.([^.]+)/.exec(issue.path);
    if (match && errors[match[1]!] === undefined) errors[match[1]!] = issue.message;
  }
  return errors;
}

/** Ticks or unticks one option of a multiple choice, keeping the options' order of picking. */
export const togglePick = (picks: readonly string[], value: string, on: boolean): string[] =>
  on ? (picks.includes(value) ? [...picks] : [...picks, value]) : picks.filter((p) => p !== value);

/** Adds an option at the end of a ranking, unless it is there or the ranking is full. */
export const addRanked = (ranked: readonly string[], value: string, max: number): string[] =>
  ranked.includes(value) || ranked.length >= max ? [...ranked] : [...ranked, value];

export const removeRanked = (ranked: readonly string[], value: string): string[] => ranked.filter((r) => r !== value);

/** Moves one pick up (-1) or down (+1); at either end the list stays as it is. */
export function moveRanked(ranked: readonly string[], value: string, delta: -1 | 1): string[] {
  const from = ranked.indexOf(value);
  const to = from + delta;
  if (from < 0 || to < 0 || to >= ranked.length) return [...ranked];
  const next = [...ranked];
  next[from] = ranked[to]!;
  next[to] = value;
  return next;
}

/** What a draft holds for a field, as a list (multiple choice and ranking). */
export const picksOf = (value: unknown): string[] => (Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : []);

/** Whether anything was typed or chosen: a kiosk never resets over a person's half-filled form by accident. */
export function draftTouched(definition: FormDefinition, draft: Readonly<Draft>): boolean {
  // A pre-selected default (the escuchadero's "publish? no") is not the person's doing.
  const untouched = normaliseAnswers(definition, emptyAnswers(definition));
  const answers = normaliseAnswers(definition, draft);
  return Object.keys(answers).some((key) => answers[key] !== untouched[key]);
}
