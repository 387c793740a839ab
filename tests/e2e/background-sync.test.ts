import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServerProcess, type ServerProcess } from '../support/server-process';
import { enrollPage } from './support/enroll-page';
import { launchBrowser, newPhonePage, waitForPending, waitForServiceWorkerControl } from '../support/browser';
import { countRows } from '../server/support/sqlite-file';
import { registerAttendee } from './attendance-page';

async function serverCount(dataDir: string, expected: number, timeoutMs = 20_000): Promise<number> {
  const deadline = Date.now() + timeoutMs;
  let n = countRows(dataDir, 'records');
  while (n !== expected && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    n = countRows(dataDir, 'records');
  }
  return n;
}

describe("service worker: a Background Sync wake-up ('cabildo-outbox') sends the queue with no page open", () => {
  let dataDir: string;
  let server: ServerProcess | undefined;
  let browser: Browser | undefined;

  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'cabildo-e2e-bgsync-'));
    server = await startServerProcess({ dataDir });
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    await rm(dataDir, { recursive: true, force: true });
  });

  it('drains the outbox from the service worker', async () => {
    const page = await newPhonePage(browser!);
    const context = page.context();
    await enrollPage(page, server!); // the server only takes attendance from enrolled devices
    await page.goto(server!.url);
    await waitForServiceWorkerControl(page);
    await waitForPending(page, 0);
    await context.setOffline(true);
    await registerAttendee(page, { fullName: 'Dora Inés Tabares', documentNumber: '39666777', territory: '13' });
    await waitForPending(page, 1);

    // No app page is left to run the outbox: only the service worker can send it now.
    const blank = await context.newPage();
    await page.close();
    const cdp = await context.newCDPSession(blank);
    const registrationId = new Promise<string>((resolve) =>
      cdp.on('ServiceWorker.workerRegistrationUpdated', (event) => {
        const found = event.registrations.find((r) => r.scopeURL === `${server!.url}/` && !r.isDeleted);
        if (found) resolve(found.registrationId);
      }),
    );
    await cdp.send('ServiceWorker.enable');
    await context.setOffline(false);
    expect(countRows(dataDir, 'records')).toBe(0);
    await cdp.send('ServiceWorker.dispatchSyncEvent', {
      origin: server!.url,
      registrationId: await registrationId,
      tag: 'cabildo-outbox',
      lastChance: false,
    });
    expect(await serverCount(dataDir, 1)).toBe(1);
  });
});
