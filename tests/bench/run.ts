import { spawn } from 'node:child_process';
import { readdir, readFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * `npm run bench` runs every tests/bench/*.bench.ts, one child process each, one after
 * another (benchmarks running side by side would measure each other).
 * `npm run bench -- NAME` runs the files whose name starts with NAME; if none, those with a reported
 * bench name starting with NAME; if none, those whose name or a reported name contains NAME. Exits non-zero if any bench file crashes.
 */
const benchDir = fileURLToPath(new URL('.', import.meta.url));
const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
const filter = process.argv[2];

const reportedNames = (source: string): string[] => [...source.matchAll(/report\(\s*['"`]([^'"`]+)['"`]/g)].map((m) => m[1]!);

async function selectedFiles(): Promise<string[]> {
  const files = (await readdir(benchDir)).filter((f) => f.endsWith('.bench.ts')).sort();
  if (filter === undefined) return files;
  // First file names starting with NAME (`load` is load-open, load-saturation and load-soak, not report-load),
  // then reported names starting with it (`soak`), and only when neither matches, any name containing it.
  const filesStarting = files.filter((file) => file.startsWith(filter));
  if (filesStarting.length > 0) return filesStarting;
  const named = await Promise.all(files.map(async (file) => ({ file, names: reportedNames(await readFile(join(benchDir, file), 'utf8')) })));
  const namesStarting = named.filter(({ names }) => names.some((n) => n.startsWith(filter)));
  const chosen = namesStarting.length > 0 ? namesStarting : named.filter(({ file, names }) => file.includes(filter) || names.some((n) => n.includes(filter)));
  return chosen.map(({ file }) => file);
}

function runFile(file: string): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(join(repoRoot, 'node_modules/.bin/tsx'), [join(benchDir, file)], { cwd: repoRoot, stdio: 'inherit' });
    child.once('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
    child.once('error', () => resolve(1));
  });
}

const files = await selectedFiles();
if (files.length === 0) {
  console.error(`Ningún benchmark coincide con "${filter}".`);
  process.exit(1);
}
const failed: string[] = [];
for (const file of files) {
  if ((await runFile(file)) !== 0) failed.push(basename(file));
}
if (failed.length > 0) {
  console.error(`Benchmarks que fallaron: ${failed.join(', ')}`);
  process.exit(1);
}
