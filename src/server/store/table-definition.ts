import { CamelCasePlugin, sql, type ColumnDefinitionBuilder, type CreateTableBuilder, type Generated, type Kysely, type RawBuilder } from 'kysely';
import { dialectOf } from './dialect';

/**
 * Columns are named in camelCase here and in the stores, in snake_case in the database: this plugin renames
 * them in every query and result (storeDatabase), and in the DDL below whatever Kysely runs the migration.
 */
export const snakeCaseInSql = new CamelCasePlugin();

/**
 * One declaration per table: the migrations build its DDL for either database from it (through Kysely's schema
 * builder, so the SQL is the very text the hand-written migrations produced), and the stores see its row type.
 */
type ColumnType = 'text' | 'code-unit-text' | 'integer' | 'wide' | 'bigint' | 'serial' | 'postgres-seq';

interface ColumnOptions {
  primaryKey?: boolean;
  unique?: boolean;
  /** 'table.column' */
  references?: string;
  /** The migration that added the column to a table created before it: creating the table leaves it out. */
  addedBy?: string;
}

export interface Column<T> extends ColumnOptions {
  type: ColumnType;
  nullable: boolean;
  /** Never set: carries the row type. */
  cell?: T;
}

const column =
  <T>(type: ColumnType, nullable: boolean) =>
  (options: ColumnOptions = {}): Column<T> => ({ type, nullable, ...options });

/** Text may name the values it holds (a union of literals): the row type then carries them, with no cast. */
export const text = <T extends string = string>(options?: ColumnOptions) => column<T>('text', false)(options);
export const optionalText = <T extends string = string>(options?: ColumnOptions) => column<T | null>('text', true)(options);
export const integer = column<number>('integer', false);
/** A 64-bit integer: SQLite's INTEGER already is; PostgreSQL's integer is 32-bit, so it gets bigint. */
export const wideInteger = column<number>('wide', false);
export const optionalWideInteger = column<number | null>('wide', true);
/** A 64-bit integer declared `bigint` on both databases (SQLite keeps the word, and stores 64 bits anyway). */
export const bigInteger = column<number>('bigint', false);
/** Text ordered by code unit, as JavaScript compares strings; PostgreSQL's locale collation would not. */
export const codeUnitText = column<string>('code-unit-text', false);
/** An integer key numbered by the database: SQLite's INTEGER PRIMARY KEY AUTOINCREMENT, PostgreSQL's identity. */
export const serialKey = column<Generated<number>>('serial', false);
/** PostgreSQL only, and read only through dialect.recordSeq: the row type leaves it out. */
export const postgresSequence = column<never>('postgres-seq', true);

export interface TableDefinition {
  columns: Record<string, Column<unknown>>;
  /** Named `<table>_pk`. */
  primaryKey?: readonly string[];
  unique?: Record<string, readonly string[]>;
  /** Created with the table. */
  indexes?: Record<string, readonly string[]>;
}

export type RowOf<T extends TableDefinition> = {
  -readonly [K in keyof T['columns'] as T['columns'][K] extends Column<never> ? never : K]: T['columns'][K] extends Column<infer C> ? C : never;
};

function withModifiers(col: ColumnDefinitionBuilder, c: Column<unknown>, postgres: boolean): ColumnDefinitionBuilder {
  if (c.type === 'serial') return postgres ? col.primaryKey().generatedAlwaysAsIdentity() : col.primaryKey().autoIncrement();
  if (c.type === 'postgres-seq') return col.generatedAlwaysAsIdentity().unique();
  let out = c.primaryKey ? col.primaryKey() : c.nullable ? col : col.notNull();
  if (c.unique) out = out.unique();
  return c.references === undefined ? out : out.references(c.references);
}

function dataTypeOf(type: ColumnType, postgres: boolean): 'text' | 'bigint' | 'integer' | RawBuilder<unknown> {
  if (type === 'code-unit-text') return postgres ? sql`text collate "C"` : sql`text`;
  if (type === 'text') return 'text';
  return type === 'bigint' || type === 'postgres-seq' || (type === 'wide' && postgres) ? 'bigint' : 'integer';
}

/**
 * CREATE TABLE with the columns it was first created with, its constraints, then its indexes. `temporary`: a
 * TEMP table of this connection alone (its indexes follow it there), which hides the stored one of the same name.
 */
export async function createTable(db: Kysely<unknown>, name: string, table: TableDefinition, options: { temporary?: boolean } = {}): Promise<void> {
  const postgres = dialectOf(db).name === 'postgres';
  const { schema } = db.withPlugin(snakeCaseInSql);
  let builder = schema.createTable(name) as unknown as CreateTableBuilder<string, string>;
  if (options.temporary) builder = builder.temporary();
  for (const [columnName, c] of Object.entries(table.columns)) {
    if (c.addedBy !== undefined || (c.type === 'postgres-seq' && !postgres)) continue;
    builder = builder.addColumn(columnName, dataTypeOf(c.type, postgres), (col) => withModifiers(col, c, postgres));
  }
  if (table.primaryKey) builder = builder.addPrimaryKeyConstraint(`${name}_pk`, [...table.primaryKey]);
  for (const [constraint, columns] of Object.entries(table.unique ?? {})) builder = builder.addUniqueConstraint(constraint, [...columns]);
  await builder.execute();
  for (const [index, columns] of Object.entries(table.indexes ?? {})) await schema.createIndex(index).on(name).columns([...columns]).execute();
}
