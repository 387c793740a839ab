import { configFromEnv } from './config';
import { afterSyncCommitFault } from './faults';
import { startServer } from './start';
import { authOptionsFromEnv } from './auth/auth-env';

// Entry of `npm start`. Tests read the URL from the one line printed below: keep its wording.
const config = configFromEnv(process.env);
const afterSyncCommit = afterSyncCommitFault(process.env.CABILDO_FAULT);
if (afterSyncCommit) console.error(`CABILDO_FAULT=${process.env.CABILDO_FAULT}: fallo inyectado para pruebas`);

const server = await startServer({ ...config, afterSyncCommit, auth: authOptionsFromEnv(process.env) }).catch((error: unknown) => {
  console.error('Cabildo no pudo iniciar:', error);
  process.exit(1);
});
// Printed before the listening line, so whoever waits for that line already has this one.
if (server.setupUrl) console.log(`Configure el primer administrador: ${server.setupUrl}`);
console.log(`Cabildo escuchando en ${server.url}`);
// Idle memory right after start: the baseline that load and soak figures are compared with.
console.log(`Memoria en reposo (RSS): ${Math.round(process.memoryUsage().rss / (1024 * 1024))} MB`);

let stopping = false;
const shutdown = (signal: NodeJS.Signals) => {
  if (stopping) return;
  stopping = true;
  console.error(`${signal}: cerrando Cabildo…`);
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
