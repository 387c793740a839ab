import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { uuidV7 } from '../../../src/core/ids/uuidv7';
import { launchBrowser, newPhonePage, waitForServiceWorkerControl } from '../../support/browser';
import { blankFrame, qrFrame } from '../../support/barcode-frames';
import { perturbedCard } from '../../support/card-photo';
import { syntheticCedula } from '../../support/cedula-fixtures';
import { startServerProcess, type ServerProcess } from '../../support/server-process';
import { codeSequence } from '../../support/y4m';
import { adminOf, enrollPage } from '../support/enroll-page';
import { EVENT_ID, nextResult, register, seedEvent, showOnDoorCamera, showToCamera, startCamera, stopCamera } from '../door/door-helpers';

// A cédula the way a hand holds it to a 720p phone camera (turned, tilted, soft, uneven light), and a
// pass QR on a 720p frame: both through the real door page, the fake camera and the decoding worker.
const CEDULA = syntheticCedula({ firstSurname: 'MUÑOZ', secondSurname: 'DE LA CRUZ', firstName: 'JOSÉ', middleName: null, sex: 'M' });
const HD = { width: 1280, height: 720 };

// Every camera track the page opens, so a test can see whether leaving the door released it.
const TRACK_STREAMS = `(() => {
  const open = navigator.mediaDevices.getUserMedia.bind(navigator.mediaDevices);
  window.__streams = [];
  navigator.mediaDevices.getUserMedia = async (constraints) => {
    const stream = await open(constraints);
    window.__streams.push(stream);
    return stream;
  };
})()`;

describe('the door camera reads a hand-held cédula and a pass', () => {
  let dir: string;
  let video: string;
  let server: ServerProcess | undefined;
  let browser: Browser | undefined;
  let page: Page;
  let pass: string;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'cabildo-e2e-scan-'));
    video = join(dir, 'camera.y4m');
    await showToCamera(video, { frames: [blankFrame(HD), blankFrame(HD)] });
    server = await startServerProcess({ dataDir: join(dir, 'data') });
    const admin = await adminOf(server);
    await seedEvent(server.url, admin);
    pass = await register(server.url, admin, uuidV7(Date.now(), new Uint8Array(10).fill(7)), { firstNames: 'Ana María', surnames: 'Peña Ríos' });
    browser = await launchBrowser(['--use-fake-ui-for-media-stream', '--use-fake-device-for-media-stream', `--use-file-for-fake-video-capture=${video}`]);
    page = await newPhonePage(browser);
    await page.addInitScript(TRACK_STREAMS);
    await enrollPage(page, server, { eventIds: [EVENT_ID] });
    await page.goto(`${server.url}/eventos/${EVENT_ID}`);
    await waitForServiceWorkerControl(page);
    await page.getByTestId('count-registered').getByText('1', { exact: true }).waitFor({ timeout: 30_000 });
    await page.getByRole('link', { name: /Abrir la puerta/ }).click();
    await page.getByRole('button', { name: 'Detener cámara' }).waitFor();
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('opens the camera at the size the file offers (not 640×480) and shows the guide and the searching state', async () => {
    await page.getByText('Alinee el código de barras dentro del recuadro').waitFor();
    await expect.poll(() => page.getByTestId('scanner-searching').innerText()).toMatch(/Buscando/);
    // What the decoder gets: the 1280×720 frames, not Chromium's 640×480 default.
    await expect.poll(() => page.getByTestId('scanner').getAttribute('data-frame'), { timeout: 15_000 }).toBe('1280x720');
  });

  it('takes a cédula held at an angle to the walk-in form, prefilled with its accented names', async () => {
    const card = perturbedCard(CEDULA, 'hand_held', HD, 2);
    await showOnDoorCamera(page, video, { frames: codeSequence(card, { blankFrames: 3, codeFrames: 20 }) });
    await page.getByTestId('door-form').waitFor({ timeout: 30_000 });
    expect(await page.getByLabel('Número de documento').inputValue()).toBe('1037482915');
    expect(await page.getByLabel('Nombres', { exact: true }).inputValue()).toBe('José');
    expect(await page.getByLabel('Apellidos').inputValue()).toBe('Muñoz de la Cruz');
    expect(await page.getByRole('radio', { name: 'Hombre' }).isChecked()).toBe(true);
    await page.getByRole('button', { name: 'Cancelar' }).click();
    await page.getByTestId('door-form').waitFor({ state: 'detached' });
  }, 90_000);

  it('still admits a pass QR shown to the camera', async () => {
    await showOnDoorCamera(page, video, { frames: codeSequence(qrFrame(pass, HD), { blankFrames: 3, codeFrames: 20 }) });
    const form = page.getByTestId('door-form');
    const result = page.getByTestId('door-result');
    await Promise.race([form.waitFor({ timeout: 30_000 }), result.waitFor({ timeout: 30_000 })]);
    // The pass was read: whatever the door makes of it (green, or the form to complete), it names the person.
    const text = (await form.isVisible()) ? await form.innerText() : (await nextResult(page)).text;
    expect(text).toMatch(/Ana María/);
  }, 90_000);

  it('goes on reading when the camera\'s video was paused (taken out of the page and back, as a re-render does)', async () => {
    if (await page.getByRole('button', { name: 'Cancelar' }).isVisible()) await page.getByRole('button', { name: 'Cancelar' }).click();
    if (await page.getByTestId('door-result').isVisible()) await page.getByTestId('door-result').click();
    await stopCamera(page);
    // Two seconds of white first, so the pause below happens before the code is in view.
    await showToCamera(video, { frames: codeSequence(qrFrame(pass, HD), { blankFrames: 60, codeFrames: 20 }) });
    await startCamera(page);
    const paused = await page.evaluate(async () => {
      const video = document.querySelector<HTMLVideoElement>('[data-testid="scanner"] video')!;
      const parent = video.parentElement!;
      const pausing = new Promise((resolve) => video.addEventListener('pause', resolve, { once: true }));
      video.remove();
      await pausing;
      parent.append(video);
      return video.paused;
    });
    expect(paused).toBe(true); // Chromium paused it: without the scanner's watchdog the door stays blind
    const form = page.getByTestId('door-form');
    const result = page.getByTestId('door-result');
    await Promise.race([form.waitFor({ timeout: 30_000 }), result.waitFor({ timeout: 30_000 })]);
    const text = (await form.isVisible()) ? await form.innerText() : (await nextResult(page)).text;
    expect(text).toMatch(/Ana María/);
    if (await form.isVisible()) await page.getByRole('button', { name: 'Cancelar' }).click();
    else await page.getByTestId('door-result').click();
  }, 90_000);

  it('has ZXing\'s .wasm precached from our own origin (the door decodes offline, no CDN)', async () => {
    const cached = await page.evaluate(async () => {
      const urls: string[] = [];
      for (const name of await caches.keys()) for (const request of await (await caches.open(name)).keys()) urls.push(request.url);
      return urls;
    });
    const wasm = cached.filter((url) => url.endsWith('.wasm'));
    expect(wasm.length).toBe(1);
    expect(wasm[0]!.startsWith(`${server!.url}/`)).toBe(true);
  });

  it('releases the camera when the door is left', async () => {
    await page.goto(`${server!.url}/eventos/${EVENT_ID}`);
    await page.getByTestId('count-registered').waitFor();
    const live = await page.evaluate(() =>
      ((window as unknown as { __streams?: MediaStream[] }).__streams ?? []).flatMap((s) => s.getTracks()).filter((t) => t.readyState === 'live').length,
    );
    expect(live).toBe(0);
  });
});
