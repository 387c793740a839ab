import { execFile } from 'node:child_process';
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { gzipSync } from 'node:zlib';
import { report } from './report';

/**
 * The JavaScript a phone must download and parse before the first screen: the entry script of
 * index.html, its modulepreloads and every chunk they import statically (not the lazy routes).
 * Built fresh from the current source into a temporary directory. Also reported, without a
 * target: the data layer (Dexie + zod + storage), which the shell imports right after its first
 * paint, so the whole JS of a cold start is visible too.
 */
const run = promisify(execFile);
const outDir = await mkdtemp(join(tmpdir(), 'cabildo-bench-shell-'));

// Minified output: import{a as b}from"./x.js" / import"./x.js" (static), import(`./x.js`) (lazy).
const STATIC_IMPORT = /(?:\bimport|\bexport)\s*(?:[\w*{}\s,$]+from\s*)?["'`](\.\/[^"'`]+\.js)["'`]/g;
const DYNAMIC_IMPORT = /\bimport\(\s*["'`](\.\/[^"'`]+\.js)["'`]\s*\)/g;

async function staticGraph(assets: string, roots: string[]): Promise<Set<string>> {
  const seen = new Set<string>();
  const queue = [...roots];
  while (queue.length > 0) {
    const file = queue.shift()!;
    if (seen.has(file)) continue;
    seen.add(file);
    const code = await readFile(join(assets, file), 'utf8');
    for (const m of code.matchAll(STATIC_IMPORT)) queue.push(m[1]!.slice(2));
  }
  return seen;
}

const gzipKb = async (assets: string, files: Iterable<string>): Promise<number> => {
  let bytes = 0;
  for (const file of files) bytes += gzipSync(await readFile(join(assets, file))).length;
  return bytes / 1000;
};

try {
  await run(process.execPath, ['node_modules/vite/bin/vite.js', 'build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'warn']);
  const html = await readFile(join(outDir, 'index.html'), 'utf8');
  const entry = [...html.matchAll(/<script[^>]*type="module"[^>]*src="\/assets\/([^"]+)"/g)].map((m) => m[1]!);
  const preloads = [...html.matchAll(/<link[^>]*rel="modulepreload"[^>]*href="\/assets\/([^"]+)"/g)].map((m) => m[1]!);
  if (entry.length === 0) throw new Error('index.html has no module entry script');
  const assets = join(outDir, 'assets');
  const shell = await staticGraph(assets, [...entry, ...preloads]);
  report('shell_js_gzip_kb', await gzipKb(assets, shell), 'KB', '<=60');

  // The chunk of state/data-services.ts, imported dynamically by the shell at start.
  const dataLayerRoots = (await readdir(assets)).filter((f) => /^data-services-.*\.js$/.test(f));
  const dataLayer = [...(await staticGraph(assets, dataLayerRoots))].filter((f) => !shell.has(f));
  report('startup_js_gzip_kb', (await gzipKb(assets, shell)) + (await gzipKb(assets, dataLayer)), 'KB');

  const lazyFromShell = new Set<string>();
  for (const file of shell) {
    for (const m of (await readFile(join(assets, file), 'utf8')).matchAll(DYNAMIC_IMPORT)) lazyFromShell.add(m[1]!.slice(2));
  }
  if (dataLayerRoots.some((f) => !lazyFromShell.has(f))) console.error('aviso: el shell ya no importa data-services de forma diferida');
} finally {
  await rm(outDir, { recursive: true, force: true });
}
