import { resolve } from 'node:path';

export interface ServerConfig {
  port: number;
  host: string;
  dataDir: string;
  staticDir: string;
  /** postgres://… selects the PostgreSQL store; unset keeps SQLite in DATA_DIR/cabildo.sqlite. */
  databaseUrl?: string;
  /** Worker threads computing period reports, and as many writing listado exports (REPORT_WORKERS, 1 by default; 0 = in the main thread). */
  reportWorkers: number;
  /** Server processes (WORKERS, 1 by default): more than one only on PostgreSQL (see worker-cluster.ts). */
  workers: number;
}

/** Reads PORT, HOST, DATA_DIR, STATIC_DIR, DATABASE_URL, REPORT_WORKERS and WORKERS; a bad PORT or DATABASE_URL stops the start instead of guessing. */
export function configFromEnv(env: NodeJS.ProcessEnv): ServerConfig {
  const port = Number(env.PORT ?? '8080');
  if (!Number.isInteger(port) || port < 0 || port > 65_535) {
    throw new Error(`PORT inválido: ${env.PORT}`);
  }
  const reportWorkers = Number(env.REPORT_WORKERS || '1');
  if (!Number.isInteger(reportWorkers) || reportWorkers < 0 || reportWorkers > 64) {
    throw new Error(`REPORT_WORKERS inválido: ${env.REPORT_WORKERS} (un entero de 0 a 64)`);
  }
  const databaseUrl = env.DATABASE_URL || undefined;
  if (databaseUrl !== undefined && !/^postgres(ql)?:\/\//.test(databaseUrl)) {
    // Only the scheme is echoed: the rest may hold a password.
    throw new Error(`DATABASE_URL debe empezar por postgres:// (recibido ${databaseUrl.split(':')[0]}:)`);
  }
  const workers = Number(env.WORKERS || '1');
  if (!Number.isInteger(workers) || workers < 1 || workers > 64) {
    throw new Error(`WORKERS inválido: ${env.WORKERS} (un entero de 1 a 64)`);
  }
  // SQLite takes one writer at a time. Within a process, writes queue without blocking (sqlite/open-sqlite-stores.ts);
  // across processes better-sqlite3 would wait for the lock synchronously (busy_timeout), freezing the event loop
  // of every process that waits: more processes on one file add stalls, not capacity.
  if (workers > 1 && databaseUrl === undefined) {
    throw new Error(`WORKERS=${workers} necesita PostgreSQL (DATABASE_URL): con SQLite un solo proceso escribe la base; use WORKERS=1`);
  }
  return {
    port,
    host: env.HOST || '0.0.0.0',
    dataDir: resolve(env.DATA_DIR || './data'),
    staticDir: resolve(env.STATIC_DIR || './dist'),
    reportWorkers,
    workers,
    ...(databaseUrl === undefined ? {} : { databaseUrl }),
  };
}
