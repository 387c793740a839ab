import type Database from 'better-sqlite3';
import { sql, type Kysely } from 'kysely';
import type { StoreDatabase } from '../schema';
import type { EntryFilter, EscuchaderoEntry, EscuchaderoStore } from '../escuchadero-store';

interface EntryRow {
  id: string;
  event_id: string;
  created_at: string;
  received_at: string;
  payload: string;
  case_json: string | null;
}

const entryOf = (row: EntryRow): EscuchaderoEntry => ({
  recordId: row.id,
  eventId: row.event_id,
  createdAt: row.created_at,
  receivedAt: row.received_at,
  payload: JSON.parse(row.payload),
  ...(row.case_json === null ? {} : { storedCase: JSON.parse(row.case_json) }),
});

/** Entries are records of the escuchadero form; a case row exists only once the office acted on one. */
export function sqliteEscuchaderoStore(database: Database.Database, db: Kysely<StoreDatabase>): EscuchaderoStore {
  // Literal kind and the indexed expressions, so SQLite can use the partial indexes of migrations 0100/0101.
  const entries = (formId: string) =>
    db
      .selectFrom('records as r')
      .leftJoin('escuchadero_cases as c', 'c.record_id', 'r.id')
      .select(['r.id', sql<string>`r.event_id`.as('event_id'), 'r.created_at', 'r.received_at', 'r.payload', 'c.case_json'])
      .where(sql<boolean>`r.kind = 'form.submission' and json_extract(r.payload, '$.formId') = ${formId}`);

  const codeLookup = database.prepare<[string, string], EntryRow>(
    entries('')
      .where(sql<boolean>`json_extract(r.payload, '$.trackingCode') = ${''}`)
      .orderBy(sql`r.rowid`)
      .limit(sql.lit(1))
      .compile().sql,
  );
  const byId = database.prepare<[string, string], EntryRow>(entries('').where('r.id', '=', '').compile().sql);
  const insertCase = database.prepare(
    db
      .insertInto('escuchadero_cases')
      .values({ record_id: '', state: '', case_json: '', updated_at: '' })
      .onConflict((oc) => oc.column('record_id').doNothing())
      .compile().sql,
  );
  const updateCase = database.prepare(
    db.updateTable('escuchadero_cases').set({ state: '', case_json: '', updated_at: '' }).where('record_id', '=', '').where('state', '=', '').compile().sql,
  );

  return {
    // Filters vary per request: compiled per call (an office's inbox, not the sync hot path).
    entries: async (filter: EntryFilter) => {
      let query = entries(filter.formId);
      if (filter.eventId !== undefined) query = query.where('r.event_id', '=', filter.eventId);
      for (const { fieldId, values } of filter.answers ?? []) {
        query = query.where(sql`json_extract(r.payload, ${`$.answers.${fieldId}`})`, 'in', values);
      }
      if (filter.state !== undefined) query = query.where(sql`coalesce(c.state, 'received')`, '=', filter.state);
      const compiled = query.orderBy(sql`r.rowid`).compile();
      return database.prepare<unknown[], EntryRow>(compiled.sql).all(...compiled.parameters).map(entryOf);
    },
    entry: async (formId, recordId) => {
      const row = byId.get(formId, recordId);
      return row && entryOf(row);
    },
    byTrackingCodes: async (formId, codes) =>
      codes.flatMap((code) => {
        const row = codeLookup.get(formId, code);
        return row ? [entryOf(row)] : [];
      }),
    saveCase: async (recordId, next, previous, at) => {
      const json = JSON.stringify(next);
      const result = previous === undefined ? insertCase.run(recordId, next.state, json, at) : updateCase.run(next.state, json, at, recordId, previous);
      return result.changes === 1;
    },
  };
}
