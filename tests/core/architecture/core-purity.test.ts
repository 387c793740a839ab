import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// The core is shared by browser, service worker and server: it may not reach for any of their worlds.
const forbiddenImport = /from\s+['"](dexie|solid-js[^'"]*|node:[^'"]+|hono[^'"]*|@hono\/[^'"]+|kysely|better-sqlite3|pg|html5-qrcode)['"]/;
// Browser and Node globals (window, fetch, crypto…) are caught by tsconfig.core.json, which type-checks the core
// with no DOM and no Node types. The clock and randomness are plain ECMAScript, so they are checked here.
const forbiddenGlobal = /(?<![.\w])(Date\.now\(|new Date\(\)|Math\.random\()/;
// Classic zod cannot be tree-shaken (about 26 KB gzip); the citizen's form loads these schemas, so they use zod/mini.
const classicZod = /from\s+['"]zod(\/v4)?['"]/;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) ? [path] : [];
  });
}

describe('src/core stays pure', () => {
  const files = sourceFiles(join(import.meta.dirname, '../../../src/core'));

  it('has source files to check', () => {
    expect(files.length).toBeGreaterThan(5);
  });

  it('imports no storage, UI, server or network module', () => {
    const offenders = files.filter((f) => forbiddenImport.test(readFileSync(f, 'utf8')));
    expect(offenders).toEqual([]);
  });

  it('reads no clock and draws no randomness of its own', () => {
    const offenders = files.filter((f) =>
      readFileSync(f, 'utf8')
        .split('\n')
        .some((line) => !/^\s*(\/\/|\/\*|\*)/.test(line) && forbiddenGlobal.test(line)),
    );
    expect(offenders).toEqual([]);
  });

  it('writes its schemas with zod/mini, never classic zod', () => {
    const offenders = files.filter((f) => classicZod.test(readFileSync(f, 'utf8')));
    expect(offenders).toEqual([]);
  });
});
