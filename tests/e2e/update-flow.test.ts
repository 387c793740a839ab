import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { Browser, Page, Route } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServerProcess, type ServerProcess } from '../support/server-process';
import { enrollPage } from './support/enroll-page';
import { launchBrowser, newPhonePage, waitForPending, waitForServiceWorkerControl } from '../support/browser';
import { countRows } from '../server/support/sqlite-file';
import { registerAttendee } from './attendance-page';

const run = promisify(execFile);
const NEW_BUILD_ID = 'b';

async function buildIdOf(page: Page): Promise<string> {
  await page.getByRole('link', { name: 'Acerca' }).click();
  const id = (await page.getByTestId('build-id').textContent()) ?? '';
  // Back to the v1 form (off the menu since issue 13) the way a person would: the browser's back button.
  await page.goBack();
  await page.getByRole('heading', { name: 'Registro de asistencia' }).waitFor();
  return id;
}

// The server answers 503 to sync while the update happens, so the queue must survive it on the device.
const refuseSync = (route: Route) =>
  route.fulfill({ status: 503, contentType: 'application/json', body: '{"code":"server.error","message":"x"}' });

describe('update flow: a new version waits for the person and keeps the queue', () => {
  let dataDir: string;
  let newDist: string;
  let server: ServerProcess | undefined;
  let browser: Browser | undefined;

  beforeAll(async () => {
    if (!existsSync('dist/index.html')) throw new Error('Falta dist/: ejecute `npx vite build` (npm test lo hace).');
    dataDir = await mkdtemp(join(tmpdir(), 'cabildo-e2e-update-'));
    newDist = await mkdtemp(join(tmpdir(), 'cabildo-dist-b-'));
    // The one extra build of the suite: the same code with another build id is another version.
    await run(process.execPath, ['node_modules/vite/bin/vite.js', 'build', '--outDir', newDist, '--emptyOutDir', '--logLevel', 'warn'], {
      env: { ...process.env, CABILDO_BUILD_ID: NEW_BUILD_ID },
    });
    server = await startServerProcess({ dataDir });
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    await rm(dataDir, { recursive: true, force: true });
    await rm(newDist, { recursive: true, force: true });
  });

  it('prompts, refuses while the form has input, then updates on request with the queued records intact', async () => {
    const page = await newPhonePage(browser!);
    const context = page.context();
    await enrollPage(page, server!); // the server only takes attendance from enrolled devices
    await page.goto(`${server!.url}/asistencia`); // the v1 form, off the menu since issue 13
    await waitForServiceWorkerControl(page);
    await waitForPending(page, 0);
    const oldBuildId = await buildIdOf(page);
    expect(oldBuildId).not.toBe(NEW_BUILD_ID);

    await context.setOffline(true);
    await registerAttendee(page, { fullName: 'Carmen Zapata', documentNumber: '21333444', territory: '07' });
    await registerAttendee(page, { fullName: 'Jhon Jairo Úsuga', documentNumber: '98444555', territory: '80' });
    await waitForPending(page, 2);

    // The new version is deployed on the same address and database.
    const port = new URL(server!.url).port;
    await server!.stop();
    server = await startServerProcess({ dataDir, staticDir: newDist, env: { PORT: port } });
    await context.route('**/api/v1/sync', refuseSync);
    await context.setOffline(false);

    await page.evaluate(async () => {
      const registration = await navigator.serviceWorker.getRegistration();
      await registration?.update();
    });
    const prompt = page.getByTestId('update-prompt');
    await prompt.getByText('Hay una nueva versión').waitFor();
    const updateButton = prompt.getByRole('button', { name: 'Actualizar' });

    await page.getByLabel('Nombre completo').fill('Persona a medio registrar');
    await prompt.getByText('Guarde o borre el formulario para actualizar').waitFor();
    expect(await updateButton.isDisabled()).toBe(true);
    expect(await buildIdOf(page)).toBe(oldBuildId); // nothing reloaded behind the person's back

    await page.getByRole('button', { name: 'Borrar' }).click();
    expect(await updateButton.isEnabled()).toBe(true);
    await Promise.all([page.waitForEvent('load'), updateButton.click()]);

    expect(await buildIdOf(page)).toBe(NEW_BUILD_ID);
    await waitForPending(page, 2);
    expect(countRows(dataDir, 'records')).toBe(0);

    await context.unroute('**/api/v1/sync', refuseSync);
    await page.getByRole('button', { name: 'Sincronizar ahora' }).click();
    await waitForPending(page, 0);
    expect(countRows(dataDir, 'records', "kind = 'attendance.entry'")).toBe(2);
  });
});
