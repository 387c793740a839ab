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

type EntryRow = Pick<StoreDatabase['records'], 'id' | 'event_id' | 'created_at' | 'received_at' | 'payload'> & { case_json: string | null };

/** Records joined with their escuchadero case, if the office touched them (filtered by the caller). */
export const entryRows = (db: Kysely<StoreDatabase>) =>
  db
    .selectFrom('records as r')
    .leftJoin('escuchadero_cases as c', 'c.record_id', 'r.id')
    .select(['r.id', 'r.event_id', 'r.created_at', 'r.received_at', 'r.payload', 'c.case_json']);

export const entryOf = (row: EntryRow): EscuchaderoEntry => ({
  recordId: row.id,
  eventId: row.event_id!,
  createdAt: row.created_at,
  receivedAt: row.received_at,
  payload: JSON.parse(row.payload),
  ...(row.case_json === null ? {} : { storedCase: JSON.parse(row.case_json) }),
});

/** A stored form.submission as its results and the reports read it; answers as validated at ingest. */
export function submissionOf(row: { id: string; event_id: string | null; payload: string }) {
  const payload = JSON.parse(row.payload) as { formId: string; formVersion: number; answers: Record<string, unknown> };
  return { recordId: row.id, formId: payload.formId, formVersion: payload.formVersion, eventId: row.event_id!, answers: payload.answers };
}

export type StoredSubmission = ReturnType<typeof submissionOf>;
