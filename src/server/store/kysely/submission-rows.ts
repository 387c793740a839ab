import { sql, type Kysely } from 'kysely';
import type { StoreDatabase } from '../schema';
import type { EscuchaderoEntry } from '../escuchadero-store';
import type { Dialect } from '../dialect';

/**
 * Submissions of a form: literal kind and the indexed expression, so the partial index records_form_submissions
 * (migration 0100) serves them on both databases.
 */
export const isSubmissionOf = (dialect: Dialect, formId: string) => sql<boolean>`r.kind = 'form.submission' and ${dialect.jsonText('r.payload', 'formId')} = ${formId}`;

/** Submissions of any form (the reports' filters narrow them). */
export const isSubmission = sql<boolean>`r.kind = 'form.submission'`;

type EntryRow = Pick<StoreDatabase['records'], 'eventId' | 'createdAt' | 'receivedAt' | 'payload'> & { recordId: string; caseJson: string | null };

/** Records joined with their escuchadero case, if the office touched them (filtered by the caller). */
export const entryRows = (db: Kysely<StoreDatabase>) =>
  db
    .selectFrom('records as r')
    .leftJoin('escuchadero_cases as c', 'c.recordId', 'r.id')
    .select(['r.id as recordId', 'r.eventId', 'r.createdAt', 'r.receivedAt', 'r.payload', 'c.caseJson']);

export const entryOf = ({ caseJson, ...row }: EntryRow): EscuchaderoEntry => ({
  ...row,
  eventId: row.eventId!,
  payload: JSON.parse(row.payload),
  ...(caseJson === null ? {} : { storedCase: JSON.parse(caseJson) }),
});

/** A stored form.submission as its results and the reports read it; answers as validated at ingest. */
export function submissionOf(row: { id: string; eventId: string | null; payload: string }) {
  const payload = JSON.parse(row.payload) as { formId: string; formVersion: number; answers: Record<string, unknown> };
  return { recordId: row.id, formId: payload.formId, formVersion: payload.formVersion, eventId: row.eventId!, answers: payload.answers };
}

export type StoredSubmission = ReturnType<typeof submissionOf>;
