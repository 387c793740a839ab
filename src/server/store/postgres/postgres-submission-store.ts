import { sql } from 'kysely';
import type { StoredSubmission, SubmissionStore } from '../submission-store';
import type { TransactionScope } from './transaction-scope';
import { payloadField } from './payload-field';

// Literal kind and the indexed expression: the partial index records_form_submissions only serves these.
const isSubmissionOf = (formId: string) => sql<boolean>`r.kind = 'form.submission' and ${payloadField('formId')} = ${formId}`;

export function postgresSubmissionStore(scope: TransactionScope): SubmissionStore {
  const submissionOf = (row: { id: string; event_id: string | null; payload: string }): StoredSubmission => {
    const payload = JSON.parse(row.payload) as { formVersion: number; answers: Record<string, unknown> };
    return { recordId: row.id, eventId: row.event_id!, formVersion: payload.formVersion, answers: payload.answers };
  };

  return {
    answerersNear: async (formId, eventId, near) => {
      const rows = await (await scope.forDecision())
        .selectFrom('records as r')
        .select(['r.id', 'r.device_id', payloadField('personKey').as('person_key')])
        .where(isSubmissionOf(formId))
        .where('r.event_id', '=', eventId)
        .where((eb) => eb.or([eb('r.device_id', '=', near.deviceId), eb(payloadField('personKey'), '=', near.personKey ?? null)]))
        .execute();
      return rows.map((row) => ({ recordId: row.id, deviceId: row.device_id, ...(row.person_key === null ? {} : { personKey: row.person_key }) }));
    },
    submissions: async (formId, eventId) => {
      const rows = await scope
        .db()
        .selectFrom('records as r')
        .select(['r.id', 'r.event_id', 'r.payload'])
        .where(isSubmissionOf(formId))
        .$if(eventId !== undefined, (q) => q.where('r.event_id', '=', eventId!))
        .orderBy('r.seq')
        .execute();
      return rows.map(submissionOf);
    },
  };
}
