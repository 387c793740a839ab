import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Kysely, Migrator, SqliteDialect } from 'kysely';
import { afterAll, describe, expect, it } from 'vitest';
import { migrations } from '../../../src/server/store/migrations';
import { openSqliteDatabase } from '../../../src/server/store/sqlite/open-sqlite';
import { openSqliteStores } from '../../../src/server/store/sqlite/open-sqlite-stores';
import { newId } from './fixtures';

const dirs: string[] = [];
afterAll(() => Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true }))));

describe('migration 0002: records.event_id', () => {
  it('fills the event id of records stored before it, from their payload', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'cabildo-migration-'));
    dirs.push(dir);
    const file = join(dir, 'cabildo.sqlite');

    // A database of the foundation release: only 0001, with two records in it.
    const old = new Kysely<unknown>({ dialect: new SqliteDialect({ database: openSqliteDatabase(file) }) });
    const migrator = new Migrator({ db: old, provider: { getMigrations: async () => ({ '0001-records': migrations['0001-records']! }) } });
    expect((await migrator.migrateToLatest()).error).toBeUndefined();
    const withEvent = newId();
    const withoutEvent = newId();
    const insert = (id: string, payload: unknown) =>
      old
        .insertInto('records' as never)
        .values({ id, kind: 'x', schema_version: 1, device_id: 'd', created_at: '2026-01-01T00:00:00Z', received_at: '2026-01-01T00:00:00Z', payload: JSON.stringify(payload) } as never)
        .execute();
    await insert(withEvent, { eventId: 'atril-comuna-3', fullName: 'Ana' });
    await insert(withoutEvent, { eventId: 42 });
    await old.destroy();

    const stores = await openSqliteStores(file);
    await stores.close();
    const db = openSqliteDatabase(file);
    const rows = db.prepare('select id, event_id from records order by id').all() as { id: string; event_id: string | null }[];
    const plan = db.prepare("explain query plan select rowid from records where event_id = 'atril-comuna-3' and kind = 'x' and rowid > 0").all() as { detail: string }[];
    db.close();
    expect(Object.fromEntries(rows.map((r) => [r.id, r.event_id]))).toEqual({ [withEvent]: 'atril-comuna-3', [withoutEvent]: null });
    expect(plan.map((p) => p.detail).join(' ')).toMatch(/USING (COVERING )?INDEX records_event_kind/);
  });
});
