import type { StoredSubmission, SubmissionStore } from '../submission-store';
import type { Engine } from './engine';
import { isSubmissionOf } from './submission-rows';

export function kyselySubmissionStore(engine: Engine): SubmissionStore {
  const { dialect } = engine;
  const submissionOf = (row: { id: string; event_id: string | null; payload: string }): StoredSubmission => {
    const payload = JSON.parse(row.payload) as { formVersion: number; answers: Record<string, unknown> };
    return { recordId: row.id, eventId: row.event_id!, formVersion: payload.formVersion, answers: payload.answers };
  };

  return {
    answerersNear: async (formId, eventId, near) => {
      const personKey = dialect.payloadField('personKey');
      const rows = await (await engine.forDecision())
        .selectFrom('records as r')
        .select(['r.id', 'r.device_id', personKey.as('person_key')])
        .where(isSubmissionOf(dialect, formId))
        .where('r.event_id', '=', eventId)
        .where((eb) => eb.or([eb('r.device_id', '=', near.deviceId), eb(personKey, '=', near.personKey ?? null)]))
        .execute();
      return rows.map((row) => ({ recordId: row.id, deviceId: row.device_id, ...(row.person_key === null ? {} : { personKey: row.person_key }) }));
    },
    submissions: async (formId, eventId) => {
      const rows = await engine
        .db()
        .selectFrom('records as r')
        .select(['r.id', 'r.event_id', 'r.payload'])
        .where(isSubmissionOf(dialect, formId))
        .$if(eventId !== undefined, (q) => q.where('r.event_id', '=', eventId!))
        .orderBy(dialect.recordSeq('r'))
        .execute();
      return rows.map(submissionOf);
    },
  };
}
