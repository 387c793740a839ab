import { PostgresAdapter, sql, type Kysely, type RawBuilder } from 'kysely';

/**
 * The few places where one migration list must say different words to SQLite and PostgreSQL. Each helper
 * keeps SQLite's text exactly as it was before PostgreSQL existed (SQLite databases already on disk remember
 * those migrations), and gives PostgreSQL its equivalent.
 */
export const isPostgres = (db: Kysely<unknown>): boolean => db.getExecutor().adapter instanceof PostgresAdapter;

/**
 * A top-level field of a JSON text column, as SQL text (NULL when absent).
 * SQLite: json_extract(column, '$.key'); PostgreSQL: (column::jsonb ->> 'key'). Index expressions and the
 * queries that must match them are written with this same helper's output.
 */
export function jsonText(db: Kysely<unknown>, column: string, key: string): RawBuilder<string | null> {
  return jsonTextOf(isPostgres(db), column, key);
}

/** jsonText for a database known by kind (the stores' dialects). */
export function jsonTextOf(postgres: boolean, column: string, key: string): RawBuilder<string | null> {
  return postgres ? sql`(${sql.raw(column)}::jsonb ->> ${sql.lit(key)})` : sql`json_extract(${sql.raw(column)}, ${sql.lit(`$.${key}`)})`;
}

/** A nested JSON field when it is a string, else NULL (literal path, e.g. ['document', 'number']). */
export function jsonString(db: Kysely<unknown>, column: string, path: readonly string[]): RawBuilder<string | null> {
  return isPostgres(db)
    ? sql`case when jsonb_typeof(${sql.raw(column)}::jsonb #> ${sql.lit(`{${path.join(',')}}`)}) = 'string' then ${sql.raw(column)}::jsonb #>> ${sql.lit(`{${path.join(',')}}`)} end`
    : sql`case when json_type(${sql.raw(column)}, ${sql.lit(`$.${path.join('.')}`)}) = 'text' then json_extract(${sql.raw(column)}, ${sql.lit(`$.${path.join('.')}`)}) end`;
}

/** True when the JSON field is a string (SQLite's json_type says 'text', PostgreSQL's jsonb_typeof 'string'). */
export function jsonIsText(db: Kysely<unknown>, column: string, key: string): RawBuilder<boolean> {
  return isPostgres(db)
    ? sql`jsonb_typeof(${sql.raw(column)}::jsonb -> ${sql.lit(key)}) = 'string'`
    : sql`json_type(${sql.raw(column)}, ${sql.lit(`$.${key}`)}) = 'text'`;
}
