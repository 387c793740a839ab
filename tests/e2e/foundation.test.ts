import { describe, expect, it } from 'vitest';
import { enrollPage } from './support/enroll-page';
import { newPhonePage, waitForPending, waitForServiceWorkerControl } from '../support/browser';
import { countRows } from '../server/support/sqlite-file';
import { probeNetwork, registerAttendee } from './attendance-page';
import { serverAndBrowser } from './support/server-and-browser';

describe('foundation: attendance registered offline reaches the server exactly once', () => {
  const live = serverAndBrowser('foundation');

  it('works with no network after one online visit, and drains the queue when the network returns', async () => {
    const page = await newPhonePage(live.browser);
    const context = page.context();
    await enrollPage(page, live.server); // the server only takes attendance from enrolled devices
    await page.goto(`${live.server.url}/asistencia`); // the v1 form, off the menu since issue 13
    await waitForServiceWorkerControl(page);
    await waitForPending(page, 0);

    await context.setOffline(true);
    expect(await probeNetwork(page)).toBe('failed');
    await page.reload(); // served by the service worker's precache
    await page.getByRole('heading', { name: 'Registro de asistencia' }).waitFor();

    await registerAttendee(page, { fullName: 'Ana María Restrepo', documentNumber: '43111222', territory: '03' });
    await registerAttendee(page, { fullName: 'Luis Fernando Gómez', documentNumber: '71222333', territory: '60' });
    await registerAttendee(page, { fullName: 'Yurani Mosquera', documentType: 'SD', territory: '00' });
    await waitForPending(page, 3);
    // The form is ready for the next person: empty, with the cursor in the first field.
    expect(await page.getByLabel('Nombre completo').inputValue()).toBe('');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('fullName');

    await page.close();
    const again = await context.newPage();
    await again.goto(`${live.server.url}/asistencia`); // still offline
    await waitForPending(again, 3);
    expect(countRows(live.dataDir, 'records')).toBe(0);

    // A deep link opens offline too (NavigationRoute → precached index.html).
    await again.goto(`${live.server.url}/acerca`);
    await again.getByRole('heading', { name: 'Acerca de Cabildo' }).waitFor();
    expect(await probeNetwork(again)).toBe('failed');

    await context.setOffline(false); // the 'online' trigger drains the queue by itself
    await waitForPending(again, 0);
    expect(countRows(live.dataDir, 'records', "kind = 'attendance.entry'")).toBe(3);
    await again.getByTestId('sync-phase').getByText(/^Última sincronización: /).waitFor();
  });
});
