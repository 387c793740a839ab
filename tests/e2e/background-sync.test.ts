import { describe, expect, it } from 'vitest';
import { enrollPage } from './support/enroll-page';
import { newPhonePage, waitForPending, waitForServiceWorkerControl } from '../support/browser';
import { countRows } from '../server/support/sqlite-file';
import { registerAttendee } from './attendance-page';
import { serverAndBrowser } from './support/server-and-browser';

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
  const live = serverAndBrowser('bgsync');

  it('drains the outbox from the service worker', async () => {
    const page = await newPhonePage(live.browser);
    const context = page.context();
    await enrollPage(page, live.server); // the server only takes attendance from enrolled devices
    await page.goto(`${live.server.url}/asistencia`); // the v1 form, off the menu since issue 13
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
        const found = event.registrations.find((r) => r.scopeURL === `${live.server.url}/` && !r.isDeleted);
        if (found) resolve(found.registrationId);
      }),
    );
    await cdp.send('ServiceWorker.enable');
    await context.setOffline(false);
    expect(countRows(live.dataDir, 'records')).toBe(0);
    await cdp.send('ServiceWorker.dispatchSyncEvent', {
      origin: live.server.url,
      registrationId: await registrationId,
      tag: 'cabildo-outbox',
      lastChance: false,
    });
    expect(await serverCount(live.dataDir, 1)).toBe(1);
  });
});
