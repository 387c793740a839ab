import { randomBytes } from 'node:crypto';
import pg from 'pg';

/** The PostgreSQL the tests may use: CABILDO_TEST_PG_URL, else the machine's own (trust auth, user postgres). */
export const PG_ADMIN_URL = process.env.CABILDO_TEST_PG_URL || 'postgres://postgres@127.0.0.1:5432/postgres';

/**
 * Undefined when PostgreSQL answers; else why the PostgreSQL half of a suite is skipped. Under CI (CI=true) an
 * unreachable PostgreSQL is a failure, never a skip: a green run must have exercised both databases.
 */
export async function pgUnavailableReason(adminUrl = PG_ADMIN_URL): Promise<string | undefined> {
  const client = new pg.Client({ connectionString: adminUrl, connectionTimeoutMillis: 2_000 });
  try {
    await client.connect();
    await client.query('select 1');
    return undefined;
  } catch (error) {
    const reason = `PostgreSQL no responde en ${new URL(adminUrl).host} (${(error as Error).message})`;
    if (process.env.CI) throw new Error(`${reason}; en CI es obligatorio`);
    return reason;
  } finally {
    await client.end().catch(() => undefined);
  }
}

export interface TestDatabase {
  url: string;
  /** Drops the database, ending any connection still open to it. */
  drop(): Promise<void>;
}

async function admin<T>(adminUrl: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** A fresh, empty database of its own (cabildo_test_<random>) on the server of `adminUrl`. */
export async function createTestDatabase(adminUrl = PG_ADMIN_URL): Promise<TestDatabase> {
  const name = `cabildo_test_${randomBytes(6).toString('hex')}`;
  await admin(adminUrl, (client) => client.query(`create database ${name}`));
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    url: url.href,
    drop: () => admin(adminUrl, (client) => client.query(`drop database if exists ${name} with (force)`)).then(() => undefined),
  };
}
