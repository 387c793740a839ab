import type Database from 'better-sqlite3';
import { sql, type Kysely } from 'kysely';
import type { StoreDatabase } from '../schema';
import type { StoredSubmission, SubmissionStore } from '../submission-store';

interface AnswererRow {
  id: string;
  device_id: string;
  person_key: string | null;
}

interface SubmissionRow {
  id: string;
  event_id: string;
  payload: string;
}

// Literal kind and the exact indexed expression: SQLite uses the partial index records_form_submissions only then.
const isSubmissionOf = sql<boolean>`kind = 'form.submission' and json_extract(payload, '$.formId') = ${''}`;

export function sqliteSubmissionStore(database: Database.Database, db: Kysely<StoreDatabase>): SubmissionStore {
  const answerers = database.prepare<[string, string, string, string | null], AnswererRow>(
    db
      .selectFrom('records')
      .select(['id', 'device_id', sql<string | null>`json_extract(payload, '$.personKey')`.as('person_key')])
      .where(isSubmissionOf)
      .where('event_id', '=', '')
      .where((eb) => eb.or([eb('device_id', '=', ''), eb(sql`json_extract(payload, '$.personKey')`, '=', '')]))
      .compile().sql,
  );
  const ofForm = (withEvent: boolean) =>
    database.prepare<string[], SubmissionRow>(
      db
        .selectFrom('records')
        .select(['id', 'event_id', 'payload'])
        .where(isSubmissionOf)
        .$if(withEvent, (q) => q.where('event_id', '=', ''))
        .orderBy(sql`rowid`)
        .compile().sql,
    );
  const allEvents = ofForm(false);
  const oneEvent = ofForm(true);

  const submissionOf = (row: SubmissionRow): StoredSubmission => {
    const payload = JSON.parse(row.payload) as { formVersion: number; answers: Record<string, unknown> };
    return { recordId: row.id, eventId: row.event_id, formVersion: payload.formVersion, answers: payload.answers };
  };

  return {
    answerersNear: async (formId, eventId, near) =>
      answerers.all(formId, eventId, near.deviceId, near.personKey ?? null).map((row) => ({
        recordId: row.id,
        deviceId: row.device_id,
        ...(row.person_key === null ? {} : { personKey: row.person_key }),
      })),
    submissions: async (formId, eventId) =>
      (eventId === undefined ? allEvents.all(formId) : oneEvent.all(formId, eventId)).map(submissionOf),
  };
}
