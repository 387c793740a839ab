import cluster, { type Worker } from 'node:cluster';
import { mkdir } from 'node:fs/promises';
import { firstRunSetupToken, setupUrlOf } from './auth/setup-token';
import { loadSigningKey } from './keys/signing-key';
import { openPostgresStores } from './store/postgres/open-postgres-stores';

export interface ClusterOptions {
  workers: number;
  dataDir: string;
  databaseUrl: string;
}

// A worker that dies this soon after starting is probably failing to start: wait before the next try.
const QUICK_DEATH_MS = 10_000;
const RESTART_DELAY_MS = 1_000;
// Workers finish the requests in flight on SIGTERM (main.ts); past this they are killed.
const STOP_GRACE_MS = 15_000;

/**
 * WORKERS=N on PostgreSQL: this primary process serves nothing. It does once what must not race — migrations,
 * the signing key file, the first-run setup token — then forks N workers that each open their own pool and share
 * the port (node:cluster hands them connections in turn), restarts any that dies, and stops them all on
 * SIGTERM/SIGINT. Everything the workers must agree on is in PostgreSQL (README, «Varios procesos»).
 * Prints the same lines as a single process, once, when every worker listens.
 */
export async function superviseWorkers(options: ClusterOptions): Promise<void> {
  await mkdir(options.dataDir, { recursive: true });
  // Created here, before any fork, so every worker reads the same key.
  await loadSigningKey(options.dataDir);
  // Migrates (under the advisory lock) and, on an empty database, makes the one setup token that is printed.
  const stores = await openPostgresStores(options.databaseUrl);
  let setupToken: string | undefined;
  try {
    setupToken = await firstRunSetupToken(stores.auth, new Date());
  } finally {
    await stores.close();
  }

  const startedAt = new Map<Worker, number>();
  let stopping = false;
  let exitCode = 0;
  const fork = () => startedAt.set(cluster.fork(), Date.now());

  const listening = new Set<Worker>();
  const ready = new Promise<number>((resolve) => {
    cluster.on('listening', (worker, address) => {
      listening.add(worker);
      if (listening.size === options.workers) resolve(address.port);
    });
  });

  cluster.on('exit', (worker, code, signal) => {
    const lived = Date.now() - (startedAt.get(worker) ?? 0);
    startedAt.delete(worker);
    if (stopping) {
      if (startedAt.size === 0) process.exit(exitCode);
      return;
    }
    if (!listening.has(worker) && listening.size < options.workers) {
      // Dying before the first start completed is a configuration or database problem, not bad luck.
      console.error(`Un proceso de Cabildo terminó al arrancar (${code ?? signal}): se detienen todos.`);
      stop(1);
      return;
    }
    console.error(`El proceso ${worker.process.pid} terminó (${code ?? signal}): se arranca otro.`);
    setTimeout(() => {
      if (!stopping) fork();
    }, lived < QUICK_DEATH_MS ? RESTART_DELAY_MS : 0);
  });

  const stop = (code: number) => {
    if (stopping) return;
    stopping = true;
    exitCode = code;
    if (startedAt.size === 0) process.exit(exitCode);
    for (const worker of startedAt.keys()) worker.process.kill('SIGTERM');
    setTimeout(() => {
      for (const worker of startedAt.keys()) worker.process.kill('SIGKILL');
      process.exit(exitCode || 1);
    }, STOP_GRACE_MS).unref();
  };
  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    process.on(signal, () => {
      console.error(`${signal}: cerrando los ${startedAt.size} procesos de Cabildo…`);
      stop(0);
    });
  }

  for (let i = 0; i < options.workers; i++) fork();
  const port = await ready;
  const url = `http://localhost:${port}`;
  // Printed before the listening line, so whoever waits for that line already has this one.
  if (setupToken !== undefined) console.log(`Configure el primer administrador: ${setupUrlOf(url, setupToken)}`);
  console.log(`Cabildo escuchando en ${url} (${options.workers} procesos)`);
}
