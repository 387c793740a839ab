import { resolve } from 'node:path';

export interface ServerConfig {
  port: number;
  host: string;
  dataDir: string;
  staticDir: string;
  /** postgres://… selects the PostgreSQL store; unset keeps SQLite in DATA_DIR/cabildo.sqlite. */
  databaseUrl?: string;
  /** Worker threads computing period reports (REPORT_WORKERS, 1 by default; 0 = in the main thread). */
  reportWorkers: number;
}

/** Reads PORT, HOST, DATA_DIR, STATIC_DIR and DATABASE_URL; a bad PORT or DATABASE_URL stops the start instead of guessing. */
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
  return {
    port,
    host: env.HOST || '0.0.0.0',
    dataDir: resolve(env.DATA_DIR || './data'),
    staticDir: resolve(env.STATIC_DIR || './dist'),
    reportWorkers,
    ...(databaseUrl === undefined ? {} : { databaseUrl }),
  };
}
