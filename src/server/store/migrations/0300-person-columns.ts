import { sql, type Kysely, type Migration } from 'kysely';
import { dialectOf, type Dialect } from '../dialect';

// The columns hold what core/records/person-columns.ts takes out of a payload at ingest; `payload` is the path to it.
const documentNumber = ({ jsonString }: Dialect, column: string, payload: string[]) =>
  sql`coalesce(${jsonString(column, [...payload, 'document', 'number'])}, ${jsonString(column, [...payload, 'documentNumber'])})`;
function attendeeLink({ jsonString }: Dialect, column: string, payload: string[]) {
  const personKey = jsonString(column, [...payload, 'personKey']);
  return sql`coalesce(${jsonString(column, [...payload, 'attendeeId'])}, case when substr(${personKey}, 1, 9) = 'attendee:' then substr(${personKey}, 10) end)`;
}

/**
 * Habeas data finds a person's records by these columns instead of searching the JSON text: the document
 * number a payload carries, and the registration it links to (a pass check-in's attendeeId, a form answer's
 * personKey "attendee:<id>"). Records and conflicting versions already stored get them from their JSON here.
 */
export const addPersonColumns: Migration = {
  async up(db: Kysely<unknown>) {
    const dialect = dialectOf(db);
    for (const [table, column, payload] of [['records', 'payload', []], ['record_conflicts', 'content', ['payload']]] as const) {
      await db.schema.alterTable(table).addColumn('document_number', 'text').execute();
      await db.schema.alterTable(table).addColumn('attendee_link', 'text').execute();
      await sql`update ${sql.table(table)} set document_number = ${documentNumber(dialect, column, [...payload])}, attendee_link = ${attendeeLink(dialect, column, [...payload])}`.execute(db);
      for (const name of ['document_number', 'attendee_link']) {
        await db.schema.createIndex(`${table}_${name}`).on(table).column(name).where(sql.ref(name), 'is not', null).execute();
      }
    }
  },

  async down(db: Kysely<unknown>) {
    for (const table of ['records', 'record_conflicts']) {
      for (const name of ['document_number', 'attendee_link']) {
        await db.schema.dropIndex(`${table}_${name}`).execute();
        await db.schema.alterTable(table).dropColumn(name).execute();
      }
    }
  },
};
