import { sql } from 'kysely';
import type { Engine } from './kysely/engine';
import type { Dialect } from './dialect';

/**
 * Submissions of a form: literal kind and the indexed expression, so the partial index records_form_submissions
 * (migration 0100) serves them on both databases.
 */
export const isSubmissionOf = (dialect: Dialect, formId: string) => sql<boolean>`r.kind = 'form.submission' and ${dialect.jsonText('r.payload', 'formId')} = ${formId}`;

/** Submissions of any form (the reports' filters narrow them). */
export const isSubmission = sql<boolean>`r.kind = 'form.submission'`;

/** A stored form.submission as its results and the reports read it; answers as validated at ingest. */
export function submissionOf(row: { id: string; eventId: string | null; payload: string }) {
  const payload = JSON.parse(row.payload) as { formId: string; formVersion: number; answers: Record<string, unknown> };
  return { recordId: row.id, formId: payload.formId, formVersion: payload.formVersion, eventId: row.eventId!, answers: payload.answers };
}

export type StoredSubmission = ReturnType<typeof submissionOf>;

/** Reads over stored form.submission records (the generic `records` table). */
export function submissionStore(engine: Engine) {
  const { dialect } = engine;

  return {
    /**
     * Read inside SyncStore.atomically (see FormStore.answerLimit). Submissions of the form at the event taken
     * on this device or carrying this personKey: a superset of the same answerer's, narrowed by the caller's rule.
     */
    answerersNear: async (formId: string, eventId: string, near: { deviceId: string; personKey?: string }) => {
      const payloadKey = dialect.jsonText('r.payload', 'personKey');
      const rows = await (await engine.forDecision())
        .selectFrom('records as r')
        .select(['r.id as recordId', 'r.deviceId', payloadKey.as('personKey')])
        .where(isSubmissionOf(dialect, formId))
        .where('r.eventId', '=', eventId)
        .where((eb) => eb.or([eb('r.deviceId', '=', near.deviceId), eb(payloadKey, '=', near.personKey ?? null)]))
        .execute();
      return rows.map(({ personKey, ...row }) => ({ ...row, ...(personKey === null ? {} : { personKey }) }));
    },
    /** Every submission of a form, of one event or all, in the order they were stored. */
    submissions: async (formId: string, eventId?: string) => {
      const rows = await engine
        .db()
        .selectFrom('records as r')
        .select(['r.id', 'r.eventId', 'r.payload'])
        .where(isSubmissionOf(dialect, formId))
        .$if(eventId !== undefined, (q) => q.where('r.eventId', '=', eventId!))
        .orderBy(dialect.recordSeq('r'))
        .execute();
      return rows.map(submissionOf);
    },
  };
}

export type SubmissionStore = ReturnType<typeof submissionStore>;
