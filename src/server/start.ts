import { mkdir } from 'node:fs/promises';
import type { MemoriaPdfPrinter } from './reports/memoria-pdf';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { serve } from '@hono/node-server';
import { createApp } from './app';
import { openSqliteStores } from './store/sqlite/open-sqlite-stores';
import { openPostgresStores } from './store/postgres/open-postgres-stores';
import { loadSigningKey } from './keys/signing-key';
import { SERVER_VERSION } from './version';
import { answerClientError } from './http/client-error';
import { connectionServerOptions, DEFAULT_CONNECTION_TIMEOUTS, type ConnectionTimeouts } from './http/connection-timeouts';
import type { AuthOptions } from './auth/auth-layer';
import { firstRunSetupToken, setupUrlOf } from './auth/setup-token';
import { reportWorkerPool, type ReportWorkers } from './reports/report-worker-pool';
import { computeReport } from './reports/report-job';
import { exportWorkerPool, type ExportWorkers } from './reports/export-workers';
import { writeListado } from './reports/listado-export';
import { colombianHolidayCalendar } from '../core/time';
import type { Stores } from './store/stores';
import type { DatabaseTarget } from './store/readers/open-reader-stores';

export interface StartOptions {
  /** 0 picks a free port. */
  port: number;
  host?: string;
  dataDir: string;
  staticDir: string;
  /** postgres://… selects PostgreSQL; unset = DATA_DIR/cabildo.sqlite. */
  databaseUrl?: string;
  now?: () => Date;
  afterSyncCommit?: () => void;
  logError?: (error: unknown) => void;
  auth?: AuthOptions;
  /** Header, request and keep-alive timeouts (tests shorten them). */
  timeouts?: Partial<ConnectionTimeouts>;
  /** Prints the memoria as PDF; absent: this machine's Chromium (src/server/reports/memoria-pdf.ts). */
  printMemoria?: MemoriaPdfPrinter;
  /** Records per pull page (tests make it small); absent: PULL_PAGE_SIZE. */
  pullPageSize?: number;
  /** Worker threads for period and event reports, and as many for listado exports (REPORT_WORKERS; 1 if unset); 0: both in process. */
  reportWorkers?: number;
  /** false: a cluster worker, whose primary made the one first-run setup token (worker-cluster.ts). */
  firstRunSetup?: boolean;
}

export interface RunningServer {
  url: string;
  port: number;
  /** On a database without users: the one-time link to create the first administrator. */
  setupUrl?: string;
  /** Stops accepting connections, lets requests in flight finish, then closes the database. */
  close(): Promise<void>;
}

// Keep-alive clients that never go idle must not hold a shutdown forever.
const FORCE_CLOSE_AFTER_MS = 5_000;

/** Opens and migrates DATA_DIR/cabildo.sqlite, then listens. Used by main.ts and by tests in-process. */
export async function startServer(options: StartOptions): Promise<RunningServer> {
  await mkdir(options.dataDir, { recursive: true });
  const signingKey = await loadSigningKey(options.dataDir);
  const database: DatabaseTarget = options.databaseUrl ? { kind: 'postgres', url: options.databaseUrl } : { kind: 'sqlite', file: join(options.dataDir, 'cabildo.sqlite') };
  const stores = database.kind === 'postgres' ? await openPostgresStores(database.url, { logError: options.logError }) : await openSqliteStores(database.file);
  const reportWorkers = reportWorkersOf(options.reportWorkers ?? 1, database, stores);
  const exportWorkers = exportWorkersOf(options.reportWorkers ?? 1, database, stores);
  const app = createApp({
    stores,
    signingKey,
    staticDir: options.staticDir,
    version: SERVER_VERSION,
    now: options.now,
    afterSyncCommit: options.afterSyncCommit,
    logError: options.logError,
    auth: options.auth,
    printMemoria: options.printMemoria,
    pullPageSize: options.pullPageSize,
    reportWorkers,
    exportWorkers,
  });

  let server: Server;
  let setupToken: string | undefined;
  try {
    if (options.firstRunSetup !== false) setupToken = await firstRunSetupToken(stores.auth, (options.now ?? (() => new Date()))());
    server = await listen(app.fetch, options.port, options.host ?? '0.0.0.0', { ...DEFAULT_CONNECTION_TIMEOUTS, ...options.timeouts });
  } catch (error) {
    await reportWorkers?.close();
    await exportWorkers?.close();
    await stores.close();
    throw error;
  }
  const port = (server.address() as AddressInfo).port;
  const url = `http://localhost:${port}`;
  return {
    url,
    port,
    ...(setupToken === undefined ? {} : { setupUrl: setupUrlOf(url, setupToken) }),
    close: async () => {
      await closeServer(server);
      await reportWorkers?.close();
      await exportWorkers?.close();
      await stores.close();
    },
  };
}

function listen(
  fetch: (request: Request) => Response | Promise<Response>,
  port: number,
  hostname: string,
  timeouts: ConnectionTimeouts,
): Promise<Server> {
  return new Promise((resolve, reject) => {
    const server = serve({ fetch, port, hostname, serverOptions: connectionServerOptions(timeouts) }, () => {
      server.off('error', reject);
      resolve(server as Server);
    });
    server.once('error', reject);
    server.on('clientError', answerClientError);
  });
}

function closeServer(server: Server): Promise<void> {
  return new Promise((resolve, reject) => {
    const force = setTimeout(() => server.closeAllConnections(), FORCE_CLOSE_AFTER_MS);
    force.unref();
    server.close((error) => {
      clearTimeout(force);
      if (error) reject(error);
      else resolve();
    });
    server.closeIdleConnections();
  });
}

/**
 * A year of a city's records (or a 40,000-person event) takes seconds to read and aggregate: done in worker threads on their own
 * connections, the event loop keeps answering health checks and device syncs meanwhile (issue 12).
 */
function reportWorkersOf(size: number, database: DatabaseTarget, stores: Stores): ReportWorkers | undefined {
  if (size <= 0) return undefined;
  const holidays = colombianHolidayCalendar();
  return reportWorkerPool({ database, size, inProcess: (request) => computeReport(stores, holidays, request) });
}

/**
 * A 100,000-row listado takes tens of seconds to read, judge and encode: done in worker threads on their own
 * connections (as many as report workers), the event loop only hands bytes to the client (issue 12). With
 * REPORT_WORKERS=0, in process, and the log says so.
 */
function exportWorkersOf(size: number, database: DatabaseTarget, stores: Stores): ExportWorkers | undefined {
  if (size <= 0) {
    console.error('Exportaciones: REPORT_WORKERS=0; los listados se escriben en el proceso principal.');
    return undefined;
  }
  return exportWorkerPool({ database, size, inProcess: (job, sink, gone) => writeListado(stores.reports, job, sink, gone) });
}
