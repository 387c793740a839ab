import pg from 'pg';
import { PostgresDialect, type Kysely } from 'kysely';
import { storeDatabase, type StoreDatabase } from '../schema';

const INT8 = 20;
const NUMERIC = 1700;

/**
 * A pool of connections to DATABASE_URL. Change sequences and counts are bigint (int8); `pg` hands those out as
 * strings, so this pool reads them as numbers (exact up to 2^53, far beyond any deployment's record count).
 * Pool size: several server processes share one PostgreSQL, each with its own pool; 10 per process leaves
 * room under the default max_connections (100) for a handful of processes.
 */
export function openPostgres(
  url: string,
  logError: (error: unknown) => void,
  max = Number(process.env.DATABASE_POOL_SIZE ?? 10),
): Kysely<StoreDatabase> {
  const pool = new pg.Pool({
    connectionString: url,
    max,
    types: {
      getTypeParser: (oid: number, format?: 'text' | 'binary') =>
        oid === INT8 || oid === NUMERIC ? (value: string) => Number(value) : pg.types.getTypeParser(oid, format as 'text'),
    } as pg.CustomTypesConfig,
  });
  // An idle pooled connection that breaks (a database restart) is dropped and replaced; unheard, the error
  // would end the process (or the report worker's thread).
  pool.on('error', logError);
  return storeDatabase(new PostgresDialect({ pool }));
}
