// Bundles the server for `npm start`: one ESM file, dependencies left as imports from node_modules
// (packages external), so the start needs no TypeScript compiler at run time. The report and export worker
// threads are entries of their own, beside main.js, where workerSource (worker-source.ts) looks for them.
import { build } from 'esbuild';

await build({
  entryPoints: { main: 'src/server/main.ts', 'report-worker': 'src/server/reports/report-worker.ts', 'export-worker': 'src/server/reports/export-worker.ts' },
  outdir: 'dist-server',
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  sourcemap: true,
  logLevel: 'warning',
});
