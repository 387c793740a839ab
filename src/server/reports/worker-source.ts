import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { DatabaseTarget } from '../store/readers/open-reader-stores';

/** How to start a worker thread: a file, or code to evaluate (eval). */
export type WorkerSource = { script: string | URL; eval: boolean };

type WorkerEntry = 'report-worker' | 'export-worker';

/**
 * A worker entry (report-worker, export-worker): the bundled one beside the bundled main.js (`npm start`), else
 * the source through tsx (tests, `npm run serve`). Node 20 applies no --import loader given in a worker's
 * execArgv, so the source is started by a two-line script that imports it with tsx's tsImport. tsx's package
 * points `require` at its CJS build; the ESM twin beside it is the one that can register hooks.
 */
export function workerSource(entry: WorkerEntry): WorkerSource {
  const bundled = new URL(`./${entry}.js`, import.meta.url);
  if (existsSync(fileURLToPath(bundled))) return { script: bundled, eval: false };
  const source = new URL(`./${entry}.ts`, import.meta.url).href;
  const api = pathToFileURL(createRequire(import.meta.url).resolve('tsx/esm/api')).href.replace(/\.cjs$/, '.mjs');
  return { script: `import(${JSON.stringify(api)}).then(({ tsImport }) => tsImport(${JSON.stringify(source)}, ${JSON.stringify(source)}));`, eval: true };
}

/** A pool's threads of one entry, each on its own connection to `database` (its workerData). */
export function databaseWorkers(entry: WorkerEntry, options: { database: DatabaseTarget; size: number; log?: (line: string) => void }) {
  return { source: () => workerSource(entry), workerData: { database: options.database }, size: options.size, log: options.log };
}
