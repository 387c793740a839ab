import pg from 'pg';
import { Kysely, PostgresDialect } from 'kysely';
import type { StoreDatabase } from '../schema';

const INT8 = 20;
const NUMERIC = 1700;

/**
 * A pool of connections to DATABASE_URL. Change sequences and counts are bigint (int8); `pg` hands those out as
 * strings, so this pool reads them as numbers (exact up to 2^53, far beyond any deployment's record count).
 * Pool size: several server processes share one PostgreSQL, each with its own pool; 10 per process leaves
 * room under the default max_connections (100) for a handful of processes.
 */
export function openPostgresPool(url: string, max = Number(process.env.DATABASE_POOL_SIZE ?? 10)): pg.Pool {
  return new pg.Pool({
    connectionString: url,
    max,
    types: {
      getTypeParser: (oid: number, format?: 'text' | 'binary') =>
        oid === INT8 || oid === NUMERIC ? (value: string) => Number(value) : pg.types.getTypeParser(oid, format as 'text'),
    } as pg.CustomTypesConfig,
  });
}

export const postgresKysely = (pool: pg.Pool): Kysely<StoreDatabase> => new Kysely<StoreDatabase>({ dialect: new PostgresDialect({ pool }) });
