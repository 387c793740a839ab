import { sql, type RawBuilder } from 'kysely';

/**
 * A top-level field of a record's payload, as text: the very expression of the indexes of migrations 0100 and
 * 0101 on PostgreSQL (jsonText there), so the planner can use them. `key` is a literal, never user input.
 */
export const payloadField = (key: string, column = 'r.payload'): RawBuilder<string | null> => sql`(${sql.raw(column)}::jsonb ->> ${sql.lit(key)})`;

/** A PostgreSQL text[] parameter, for `= any(…)` in place of SQLite's json_each lists. */
export const textArray = (values: readonly string[]): RawBuilder<string[]> => sql`${[...values]}::text[]`;
