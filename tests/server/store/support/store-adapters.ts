import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openSqliteStores } from '../../../../src/server/store/sqlite/open-sqlite-stores';
import { openPostgresStores } from '../../../../src/server/store/postgres/open-postgres-stores';
import type { Stores } from '../../../../src/server/store/stores';
import { createTestDatabase } from '../../../support/pg-database';

/** One database for a suite, and a way to open stores on it (several times, as several processes would). */
export interface StoreDatabaseUnderTest {
  /** PostgreSQL only: the database's URL, for tests that act on the server itself. */
  url?: string;
  open(): Promise<Stores>;
  dispose(): Promise<void>;
}

export interface StoreAdapter {
  name: 'sqlite' | 'postgres';
  /** PostgreSQL is meant to be shared by several processes; SQLite by one (its form cache is per process). */
  sharedByProcesses: boolean;
  create(): Promise<StoreDatabaseUnderTest>;
}

export const sqliteAdapter: StoreAdapter = {
  name: 'sqlite',
  sharedByProcesses: false,
  create: async () => {
    const dir = await mkdtemp(join(tmpdir(), 'cabildo-store-'));
    return { open: () => openSqliteStores(join(dir, 'cabildo.sqlite')), dispose: () => rm(dir, { recursive: true, force: true }) };
  },
};

export const postgresAdapter: StoreAdapter = {
  name: 'postgres',
  sharedByProcesses: true,
  create: async () => {
    const database = await createTestDatabase();
    return { url: database.url, open: () => openPostgresStores(database.url, { logError: () => undefined }), dispose: () => database.drop() };
  },
};
