import { configFromEnv } from './config';
import { afterSyncCommitFault } from './faults';
import { startServer } from './start';

// Entry of `npm start`. Tests read the URL from the one line printed below: keep its wording.
const config = configFromEnv(process.env);
const afterSyncCommit = afterSyncCommitFault(process.env.CABILDO_FAULT);
if (afterSyncCommit) console.error(`CABILDO_FAULT=${process.env.CABILDO_FAULT}: fallo inyectado para pruebas`);

const server = await startServer({ ...config, afterSyncCommit }).catch((error: unknown) => {
  console.error('Cabildo no pudo iniciar:', error);
  process.exit(1);
});
console.log(`Cabildo escuchando en ${server.url}`);

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
