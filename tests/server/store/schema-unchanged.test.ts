import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { pgUnavailableReason } from '../../support/pg-database';
import { postgresSchema, sqliteSchema } from './support/schema-dump';

/**
 * Databases already on disk remember their migrations by name: the declared tables (schema.ts) must build the
 * very schema the hand-written migrations built. schema-before.json was dumped from them (commit a96610e, then 0700 from w5/export).
 */
const before = JSON.parse(readFileSync(new URL('./support/schema-before.json', import.meta.url), 'utf8')) as { sqlite: string[]; postgres: string[] };
const pgSkipReason = await pgUnavailableReason();

describe('migrations build the schema they always built', () => {
  it('on SQLite: every CREATE text and migration name', async () => {
    expect(await sqliteSchema()).toEqual(before.sqlite);
  });
  it.skipIf(pgSkipReason !== undefined)(`on PostgreSQL: columns, constraints, indexes and migration names${pgSkipReason ? ` (omitido: ${pgSkipReason})` : ''}`, async () => {
    expect(await postgresSchema()).toEqual(before.postgres);
  });
});
