import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServerProcess, type ServerProcess } from '../../support/server-process';
import { launchBrowser, newPhonePage } from '../../support/browser';
import { createEnrollmentUrl } from '../../support/auth-bootstrap';
import { qrFrame } from '../../support/barcode-frames';
import { codeSequence, writeY4m } from '../../support/y4m';
import { adminOf } from '../support/enroll-page';

describe('enrolling a phone by scanning the enrollment QR with its camera', () => {
  let dir: string;
  let server: ServerProcess | undefined;
  let browser: Browser | undefined;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'cabildo-e2e-enroll-camera-'));
    server = await startServerProcess({ dataDir: join(dir, 'data') });
    // The phone's camera sees the QR an administrator shows (Chromium's fake camera plays a Y4M file).
    const url = await createEnrollmentUrl(server.url, await adminOf(server), { label: 'Puerta sur', eventIds: ['feria-2026'] });
    const video = join(dir, 'camera.y4m');
    await writeY4m(video, codeSequence(qrFrame(url)), { fps: 15 });
    browser = await launchBrowser(['--use-fake-ui-for-media-stream', '--use-fake-device-for-media-stream', `--use-file-for-fake-video-capture=${video}`]);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    await rm(dir, { recursive: true, force: true });
  });

  it('reads the token from the QR through the scanner interface and stores the credential', async () => {
    const phone = await newPhonePage(browser!);
    await phone.goto(`${server!.url}/enrolar`);
    await phone.getByRole('heading', { level: 1, name: 'Enrolar este dispositivo' }).waitFor();
    await phone.getByRole('button', { name: 'Escanear el código QR' }).click();
    const done = phone.getByTestId('enroll-done');
    await done.getByText('Dispositivo enrolado: Puerta sur. Sus registros se envían con esta credencial.').waitFor({ timeout: 30_000 });
    await done.getByText('Eventos: feria-2026').waitFor();
    // The camera is released once the phone is enrolled.
    await expect.poll(() => phone.getByTestId('scanner').count()).toBe(0);
  });
});
