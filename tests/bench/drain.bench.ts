import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import Database from 'better-sqlite3';
import type { Browser } from 'playwright-core';
import { startServerProcess, type ServerProcess } from '../support/server-process';
import { launchBrowser, newPhonePage, waitForPending, waitForServiceWorkerControl } from '../support/browser';
import { countRows } from '../server/support/sqlite-file';
import { report } from './report';
import { enrollPage } from '../e2e/support/enroll-page';

/**
 * Draining a big queue: 10,000 attendance entries saved offline in Chromium through the app's own
 * save path (a build with CABILDO_DEBUG_HOOKS=1 exposes it to the test), then the network comes
 * back and "Sincronizar ahora" is pressed. Timed until the real server's SQLite file holds all
 * 10,000 AND the header shows 0 pending. Also reported: how long queueing them took.
 */
const COUNT = 10_000;
const run = promisify(execFile);

const template = {
  eventId: 'evento-predeterminado',
  fullName: 'Persona de prueba',
  document: { type: 'CC', number: '10000000' },
  territory: '03',
  consent: { accepted: true, textVersion: 'asistencia-v1' },
};

const staticDir = await mkdtemp(join(tmpdir(), 'cabildo-bench-drain-dist-'));
const dataDir = await mkdtemp(join(tmpdir(), 'cabildo-bench-drain-data-'));
let server: ServerProcess | undefined;
let browser: Browser | undefined;

// One read-only connection polled every 100 ms: opening the file at each poll would steal CPU
// from the server and the browser on a 2-core machine.
async function serverCountReaches(target: number, timeoutMs: number): Promise<void> {
  const db = new Database(join(dataDir, 'cabildo.sqlite'), { readonly: true, fileMustExist: true });
  try {
    const count = db.prepare('select count(*) as n from records');
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const n = (count.get() as { n: number }).n;
      if (n >= target) return;
      if (Date.now() > deadline) throw new Error(`the server holds ${n} of ${target}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  } finally {
    db.close();
  }
}

try {
  await run(process.execPath, ['node_modules/vite/bin/vite.js', 'build', '--outDir', staticDir, '--emptyOutDir', '--logLevel', 'warn'], {
    env: { ...process.env, CABILDO_DEBUG_HOOKS: '1', CABILDO_BUILD_ID: 'bench-drain' },
  });
  server = await startServerProcess({ dataDir, staticDir });
  browser = await launchBrowser();
  const page = await newPhonePage(browser);
  const context = page.context();
  await enrollPage(page, server); // the server only takes attendance from enrolled devices
  await page.goto(server.url);
  await waitForServiceWorkerControl(page);
  await waitForPending(page, 0);
  await page.waitForFunction(() => 'cabildoDebug' in window);

  await context.setOffline(true);
  const queueStart = performance.now();
  const saved = await page.evaluate(
    ([count, payload]) =>
      (window as unknown as { cabildoDebug: { saveMany(n: number, p: unknown): Promise<number> } }).cabildoDebug.saveMany(
        count,
        payload,
      ),
    [COUNT, template] as const,
  );
  if (saved !== COUNT) throw new Error(`only ${saved} of ${COUNT} records were saved`);
  await waitForPending(page, COUNT, 120_000);
  const queueMs = performance.now() - queueStart;
  if (countRows(dataDir, 'records') !== 0) throw new Error('records reached the server while offline');

  const start = performance.now();
  await context.setOffline(false);
  // A DOM click: if the 'online' trigger already started the pass, the button is disabled and the
  // press simply joins it (Playwright's click would wait for the button to be enabled again).
  await page.evaluate(() =>
    [...document.querySelectorAll('button')].find((b) => b.textContent?.includes('Sincronizar ahora'))?.click(),
  );
  await Promise.all([serverCountReaches(COUNT, 120_000), waitForPending(page, 0, 120_000)]);
  const drainMs = performance.now() - start;
  if (countRows(dataDir, 'records') !== COUNT) throw new Error(`server holds ${countRows(dataDir, 'records')} records`);

  report('drain_10k_ms', drainMs, 'ms', '<=5000');
  report('queue_10k_offline_ms', queueMs, 'ms');
} finally {
  await browser?.close();
  await server?.stop();
  await rm(staticDir, { recursive: true, force: true });
  await rm(dataDir, { recursive: true, force: true });
}
