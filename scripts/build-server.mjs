// Bundles the server for `npm start`: one ESM file, dependencies left as imports from node_modules
// (packages external), so the start needs no TypeScript compiler at run time. The report worker thread is a
// second entry, beside main.js, where src/server/reports/report-worker-pool.ts looks for it.
import { build } from 'esbuild';

await build({
  entryPoints: { main: 'src/server/main.ts', 'report-worker': 'src/server/reports/report-worker.ts' },
  outdir: 'dist-server',
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  sourcemap: true,
  logLevel: 'warning',
});
