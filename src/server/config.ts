import { resolve } from 'node:path';

export interface ServerConfig {
  port: number;
  host: string;
  dataDir: string;
  staticDir: string;
}

/** Reads PORT, HOST, DATA_DIR and STATIC_DIR; a bad PORT stops the start instead of guessing. */
export function configFromEnv(env: NodeJS.ProcessEnv): ServerConfig {
  const port = Number(env.PORT ?? '8080');
  if (!Number.isInteger(port) || port < 0 || port > 65_535) {
    throw new Error(`PORT inválido: ${env.PORT}`);
  }
  return {
    port,
    host: env.HOST || '0.0.0.0',
    dataDir: resolve(env.DATA_DIR || './data'),
    staticDir: resolve(env.STATIC_DIR || './dist'),
  };
}
