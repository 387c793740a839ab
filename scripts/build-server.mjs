// Bundles the server for `npm start`: one ESM file, dependencies left as imports from node_modules
// (packages external), so the start needs no TypeScript compiler at run time.
import { build } from 'esbuild';

await build({
  entryPoints: ['src/server/main.ts'],
  outfile: 'dist-server/main.js',
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  sourcemap: true,
  logLevel: 'warning',
});
