import type Database from 'better-sqlite3';
import { sql, type Kysely } from 'kysely';
import type { StoreDatabase } from '../schema';
import type { EscuchaderoEntry } from '../escuchadero-store';
import type { ReportStore, ReportSubmission } from '../report-store';
import type { StoredRecord } from '../stored-record';
import { storedRecordColumns } from './stored-record-rows';
import { kyselyRecordPages } from '../kysely/record-pages';

/** The columns of storedRecordColumns, in their order. */
type RecordCells = [number, string, string, number, string, string, string, string];

const recordOf = ([seq, id, kind, schemaVersion, deviceId, createdAt, receivedAt, payload]: RecordCells): StoredRecord => ({
  seq,
  id,
  kind,
  schemaVersion,
  deviceId,
  createdAt,
  receivedAt,
  payload: JSON.parse(payload) as unknown,
});

interface SubmissionRow {
  id: string;
  event_id: string;
  payload: string;
}

interface EntryRow {
  id: string;
  event_id: string;
  created_at: string;
  received_at: string;
  payload: string;
  case_json: string | null;
}

// Lists travel as one JSON array parameter: one prepared statement whatever the number of events.
const inList = (json: string) => sql<string>`(select value from json_each(${json}))`;

/**
 * Reads only. Plans: records by SEARCH USING INDEX records_event_kind (event_id=? AND kind=?) for each
 * event and kind; form submissions through the same index with the literal kind 'form.submission'.
 */
export function sqliteReportStore(database: Database.Database, db: Kysely<StoreDatabase>): ReportStore {
  // Raw rows (arrays): better-sqlite3 builds a row object several times slower than we do, which shows
  // at 100,000 records. No ORDER BY: sorting a year of payloads in a temp B-tree costs more than it is worth.
  const records = database
    .prepare<[string, string], RecordCells>(
      db
        .selectFrom('records as r')
        .select(storedRecordColumns)
        .where('r.event_id', 'in', inList(''))
        .where('r.kind', 'in', inList(''))
        .compile().sql,
    )
    .raw();
  const submissionsQuery = (byForm: boolean) =>
    database.prepare<string[], SubmissionRow>(
      db
        .selectFrom('records as r')
        .select(['r.id', sql<string>`r.event_id`.as('event_id'), 'r.payload'])
        .where('r.event_id', 'in', inList(''))
        .where(sql<boolean>`r.kind = 'form.submission'`)
        .$if(byForm, (q) => q.where(sql`json_extract(r.payload, '$.formId')`, 'in', inList('')))
        .orderBy(sql`r.rowid`)
        .compile().sql,
    );
  const allForms = submissionsQuery(false);
  const someForms = submissionsQuery(true);
  const entries = database.prepare<[string, string], EntryRow>(
    db
      .selectFrom('records as r')
      .leftJoin('escuchadero_cases as c', 'c.record_id', 'r.id')
      .select(['r.id', sql<string>`r.event_id`.as('event_id'), 'r.created_at', 'r.received_at', 'r.payload', 'c.case_json'])
      .where('r.event_id', 'in', inList(''))
      .where(sql<boolean>`r.kind = 'form.submission' and json_extract(r.payload, '$.formId') = ${''}`)
      .orderBy(sql`r.rowid`)
      .compile().sql,
  );

  const submissionOf = (row: SubmissionRow): ReportSubmission => {
    const payload = JSON.parse(row.payload) as { formId: string; formVersion: number; answers: Record<string, unknown> };
    return { recordId: row.id, formId: payload.formId, formVersion: payload.formVersion, eventId: row.event_id, answers: payload.answers };
  };
  const entryOf = (row: EntryRow): EscuchaderoEntry => ({
    recordId: row.id,
    eventId: row.event_id,
    createdAt: row.created_at,
    receivedAt: row.received_at,
    payload: JSON.parse(row.payload),
    ...(row.case_json === null ? {} : { storedCase: JSON.parse(row.case_json) }),
  });

  return {
    ...kyselyRecordPages(() => db, 'rowid'),
    eventRecords: async (eventIds, kinds) => (records.all(JSON.stringify(eventIds), JSON.stringify(kinds)) as unknown as RecordCells[]).map(recordOf),
    submissions: async (eventIds, formIds) =>
      (formIds === undefined
        ? allForms.all(JSON.stringify(eventIds))
        : someForms.all(JSON.stringify(eventIds), JSON.stringify(formIds))
      ).map(submissionOf),
    escuchaderoEntries: async (formId, eventIds) => entries.all(JSON.stringify(eventIds), formId).map(entryOf),
  };
}
