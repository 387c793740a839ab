import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { openSqliteDatabase } from '../../../../src/server/store/sqlite/open-sqlite';
import { openSqliteStores } from '../../../../src/server/store/sqlite/open-sqlite-stores';
import { openPostgresStores } from '../../../../src/server/store/postgres/open-postgres-stores';
import { createTestDatabase } from '../../../support/pg-database';

/** What a fresh SQLite database holds after every migration: each object's CREATE text, as SQLite keeps it. */
export async function sqliteSchema(): Promise<string[]> {
  const dir = await mkdtemp(join(tmpdir(), 'cabildo-schema-'));
  try {
    const file = join(dir, 'cabildo.sqlite');
    await (await openSqliteStores(file)).close();
    const db = openSqliteDatabase(file);
    const rows = db.prepare("select type, name, tbl_name, sql from sqlite_master where name not like 'sqlite_%' order by name").all();
    const migrations = db.prepare('select name from kysely_migration order by name').all();
    db.close();
    return [...rows, ...migrations].map((row) => JSON.stringify(row));
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** The same for PostgreSQL: columns, constraints and indexes of a fresh database, from the catalogue. */
export async function postgresSchema(): Promise<string[]> {
  const database = await createTestDatabase();
  try {
    await (await openPostgresStores(database.url, { logError: () => undefined })).close();
    const client = new pg.Client({ connectionString: database.url });
    await client.connect();
    try {
      const queries = [
        `select table_name, column_name, ordinal_position, data_type, is_nullable, column_default, is_identity, identity_generation
           from information_schema.columns where table_schema = 'public' order by table_name, ordinal_position`,
        `select conrelid::regclass::text as tbl, conname, pg_get_constraintdef(oid) as def
           from pg_constraint where connamespace = 'public'::regnamespace order by tbl, conname`,
        `select tablename, indexname, indexdef from pg_indexes where schemaname = 'public' order by tablename, indexname`,
        'select name from kysely_migration order by name',
      ];
      const out: string[] = [];
      for (const query of queries) out.push(...(await client.query(query)).rows.map((row) => JSON.stringify(row)));
      return out;
    } finally {
      await client.end();
    }
  } finally {
    await database.drop();
  }
}
