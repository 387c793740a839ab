import cluster from 'node:cluster';
import { configFromEnv } from './config';
import { afterSyncCommitFault } from './faults';
import { startServer } from './start';
import { authOptionsFromEnv } from './auth/auth-env';
import { superviseWorkers } from './worker-cluster';

// Entry of `npm start`. Tests read the URL from the one line printed below: keep its wording.
const config = readConfig();

if (cluster.isPrimary && config.workers > 1) {
  // configFromEnv refuses WORKERS > 1 without DATABASE_URL.
  await superviseWorkers({ workers: config.workers, dataDir: config.dataDir, databaseUrl: config.databaseUrl! }).catch((error: unknown) => {
    console.error('Cabildo no pudo iniciar:', error);
    process.exit(1);
  });
} else {
  await serveInThisProcess();
}

/** A bad setting stops the start with its message alone, not a stack trace. */
function readConfig() {
  try {
    return configFromEnv(process.env);
  } catch (error) {
    console.error(`Cabildo no pudo iniciar: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  }
}

async function serveInThisProcess() {
  const afterSyncCommit = afterSyncCommitFault(process.env.CABILDO_FAULT);
  if (afterSyncCommit) console.error(`CABILDO_FAULT=${process.env.CABILDO_FAULT}: fallo inyectado para pruebas`);

  const server = await startServer({ ...config, afterSyncCommit, auth: { ...authOptionsFromEnv(process.env), processes: config.workers }, firstRunSetup: cluster.isPrimary }).catch((error: unknown) => {
    console.error('Cabildo no pudo iniciar:', error);
    process.exit(1);
  });
  const rssMb = Math.round(process.memoryUsage().rss / (1024 * 1024));
  if (cluster.isWorker) {
    // The primary prints the address once every worker listens.
    console.log(`Proceso ${process.pid} atendiendo (memoria en reposo, RSS: ${rssMb} MB)`);
  } else {
    // Printed before the listening line, so whoever waits for that line already has this one.
    if (server.setupUrl) console.log(`Configure el primer administrador: ${server.setupUrl}`);
    console.log(`Cabildo escuchando en ${server.url}`);
    // Idle memory right after start: the baseline that load and soak figures are compared with.
    console.log(`Memoria en reposo (RSS): ${rssMb} MB`);
  }

  let stopping = false;
  const shutdown = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    console.error(`${signal}: cerrando Cabildo${cluster.isWorker ? ` (proceso ${process.pid})` : ''}…`);
    server.close().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error('Cierre con errores:', error);
        process.exit(1);
      },
    );
  };
  process.on('SIGTERM', shutdown);
  process.on('SIGINT', shutdown);
}
