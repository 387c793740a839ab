import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { uuidV7 } from '../../../src/core/ids/uuidv7';
import { launchBrowser, newPhonePage, waitForServiceWorkerControl } from '../../support/browser';
import { startServerProcess, type ServerProcess } from '../../support/server-process';
import type { StaffSession } from '../../support/auth-bootstrap';
import { adminOf, enrollPage } from '../support/enroll-page';
import { EVENT_ID, admitPass, localRecords, nextResult, register, seedEvent, showToCamera } from './door-helpers';

interface Report {
  rows: { status: string; deviceId: string; method: string }[];
  counts: { admitted: number; duplicates: number };
}

describe('two door devices offline admit the same person', () => {
  let dir: string;
  let video: string;
  let server: ServerProcess | undefined;
  let browser: Browser | undefined;
  let pass: string;
  let admin: StaffSession;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'cabildo-e2e-door-two-'));
    video = join(dir, 'camera.y4m');
    await showToCamera(video, 'nothing');
    server = await startServerProcess({ dataDir: join(dir, 'data') });
    admin = await adminOf(server);
    await seedEvent(server.url, admin);
    pass = await register(server.url, admin, uuidV7(Date.now(), new Uint8Array(10).fill(9)), { firstNames: 'Luis Fernando', surnames: 'Gómez' });
    browser = await launchBrowser(['--use-fake-ui-for-media-stream', '--use-fake-device-for-media-stream', `--use-file-for-fake-video-capture=${video}`]);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    await rm(dir, { recursive: true, force: true });
  });

  /** A phone enrolled for the event under the office's name for it, that loaded its list online, then lost the network at the door. */
  async function doorDevice(label: string): Promise<Page> {
    const page = await newPhonePage(browser!);
    await enrollPage(page, server!, { eventIds: [EVENT_ID], label });
    await page.goto(`${server!.url}/eventos/${EVENT_ID}`);
    await waitForServiceWorkerControl(page);
    await page.getByTestId('count-registered').getByText('1', { exact: true }).waitFor();
    await page.goto(`${server!.url}/eventos/${EVENT_ID}/puerta`);
    await page.getByRole('button', { name: 'Detener cámara' }).waitFor();
    await page.getByText(/aún no tiene la clave/).waitFor({ state: 'detached' });
    await page.getByRole('button', { name: 'Detener cámara' }).click();
    await page.getByRole('button', { name: 'Iniciar cámara' }).waitFor();
    await page.context().setOffline(true);
    return page;
  }

  it('keeps both check-ins: one admitted, the other flagged as a duplicate admitted offline', async () => {
    const tablet1 = await doorDevice('Puerta norte');
    const tablet2 = await doorDevice('Puerta sur');
    await showToCamera(video, { qr: pass }); // both cameras are stopped: safe to change what they see

    for (const tablet of [tablet1, tablet2]) {
      await tablet.getByRole('button', { name: 'Iniciar cámara' }).click();
      await admitPass(tablet); // neither device knows of the other's check-in
      expect((await localRecords(tablet)).map((r) => r.payload.method)).toEqual(['pass']);
    }

    for (const tablet of [tablet1, tablet2]) {
      await tablet.context().setOffline(false);
      await tablet.goto(`${server!.url}/eventos/${EVENT_ID}`);
      await tablet.getByTestId('count-pending').getByText('0', { exact: true }).waitFor({ timeout: 30_000 });
    }

    const report = (await (await fetch(`${server!.url}/api/v1/events/${EVENT_ID}/attendance`, { headers: admin.headers() })).json()) as Report;
    expect(report.counts).toMatchObject({ admitted: 1, duplicates: 1 });
    expect(report.rows.map((r) => r.status).sort()).toEqual(['admitted', 'duplicate_admitted_offline']);
    expect(new Set(report.rows.map((r) => r.deviceId)).size).toBe(2);

    // The office's list says it in words, and each device now counts the person once.
    await tablet1.goto(`${server!.url}/eventos/${EVENT_ID}/listado`);
    await tablet1.getByTestId('attendance-table').getByText('admitido sin conexión (duplicado)').waitFor();
    await tablet1.getByTestId('attendance-table').getByText('Puerta sur').waitFor();
    await tablet2.goto(`${server!.url}/eventos/${EVENT_ID}`);
    await tablet2.getByTestId('count-checked-in').getByText('1', { exact: true }).waitFor({ timeout: 40_000 });

    // Offline again, the second door names the first by the office's name for it, pulled with its check-in.
    await tablet2.context().setOffline(true);
    await tablet2.goto(`${server!.url}/eventos/${EVENT_ID}/puerta`);
    const again = await nextResult(tablet2);
    expect(again.colour).toBe('yellow');
    expect(again.text).toMatch(/Registrado a las \d{1,2}:\d{2}.* en «Puerta norte»/);
    const ids = report.rows.map((r) => r.deviceId.slice(-6));
    for (const id of ids) expect(again.text).not.toContain(id);
    await tablet1.context().close();
    await tablet2.context().close();
  });
});
