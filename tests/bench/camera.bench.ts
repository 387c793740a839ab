import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { uuidV7 } from '../../src/core/ids/uuidv7';
import { launchBrowser, newPhonePage } from '../support/browser';
import { blankFrame, pdf417Frame, qrFrame, type Gray8Frame } from '../support/barcode-frames';
import { syntheticCedula } from '../support/cedula-fixtures';
import { startServerProcess, type ServerProcess } from '../support/server-process';
import { writeY4m } from '../support/y4m';
import { EVENT_ID, register, seedEvent } from '../e2e/door/door-helpers';
import { adminOf, enrollPage } from '../e2e/support/enroll-page';
import { buildApp, median, openDoor } from './door-bench-setup';
import { report } from './report';

/**
 * Camera to decode at the door, in Chromium with the fake camera at 640×480: the video shows a blank
 * frame for 2 s, then the code. Timed in the page from the first video frame that shows the code
 * (requestVideoFrameCallback, checking the frame for dark pixels) to the door receiving the decoded text
 * (the 'door:decoded' performance mark). Medians of RUNS camera starts, for a QR pass and a cédula PDF417.
 */
const RUNS = 9;
const FPS = 15;

const dir = await mkdtemp(join(tmpdir(), 'cabildo-bench-camera-'));
const video = join(dir, 'camera.y4m');
let server: ServerProcess | undefined;
let browser: Browser | undefined;

const sequence = (code: Gray8Frame): Gray8Frame[] => [...new Array<Gray8Frame>(2 * FPS).fill(blankFrame()), ...new Array<Gray8Frame>(3 * FPS).fill(code)];

// Plain text, not a function: tsx would wrap inner functions in a helper the page does not have.
const WATCH_FOR_CODE = `(() => {
  performance.clearMarks('door:decoded');
  delete window.codeSeenAt;
  const canvas = document.createElement('canvas');
  canvas.width = 64;
  canvas.height = 48;
  const context = canvas.getContext('2d', { willReadFrequently: true });
  const watch = () => {
    const video = document.querySelector('[data-testid="scanner"] video');
    if (!video) return void setTimeout(watch, 5);
    const onFrame = (now) => {
      context.drawImage(video, 0, 0, 64, 48);
      const pixels = context.getImageData(0, 0, 64, 48).data;
      let dark = 0;
      for (let i = 0; i < pixels.length; i += 4) if (pixels[i] < 100) dark++;
      if (dark > 20) window.codeSeenAt = now;
      else video.requestVideoFrameCallback(onFrame);
    };
    video.requestVideoFrameCallback(onFrame);
  };
  watch();
})()`;

/** Starts the camera and answers ms from the code's first frame on screen to the door's decode mark. */
async function timeOneDecode(page: Page): Promise<number> {
  await page.evaluate(WATCH_FOR_CODE);
  await page.getByRole('button', { name: 'Iniciar cámara' }).click();
  const handle = await page.waitForFunction(
    () => {
      const seen = (window as unknown as { codeSeenAt?: number }).codeSeenAt;
      const decoded = performance.getEntriesByName('door:decoded')[0]?.startTime;
      return seen !== undefined && decoded !== undefined ? decoded - seen : undefined;
    },
    undefined,
    { timeout: 30_000 },
  );
  return (await handle.jsonValue()) as number;
}

/** Back to a stopped camera with nothing on screen, ready for the next run. */
async function reset(page: Page): Promise<void> {
  const cancel = page.getByRole('button', { name: 'Cancelar' });
  const result = page.getByTestId('door-result');
  await Promise.race([cancel.waitFor({ timeout: 3_000 }), result.waitFor({ timeout: 3_000 })]).catch(() => undefined);
  if (await result.isVisible()) await result.click();
  if (await cancel.isVisible()) await cancel.click();
  // The camera (re)starts by itself when the door shows the scanner again; wait until it settles.
  const stop = page.getByRole('button', { name: 'Detener cámara' });
  const start = page.locator('button:not([disabled])', { hasText: 'Iniciar cámara' });
  await Promise.race([stop.waitFor({ timeout: 20_000 }), start.waitFor({ timeout: 20_000 })]);
  if (await stop.isVisible()) await stop.click();
  await start.waitFor();
}

async function medianFor(page: Page, frames: Gray8Frame[]): Promise<number> {
  await reset(page);
  await writeY4m(video, frames, { fps: FPS }); // read by Chromium at the next camera start
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    times.push(await timeOneDecode(page));
    await reset(page);
  }
  return median(times);
}

try {
  await writeY4m(video, [blankFrame(), blankFrame()]);
  const staticDir = join(dir, 'dist');
  await buildApp(staticDir, 'bench-camera');
  server = await startServerProcess({ dataDir: join(dir, 'data'), staticDir });
  const admin = await adminOf(server);
  await seedEvent(server.url, admin);
  const pass = await register(server.url, admin, uuidV7(Date.now(), new Uint8Array(10).fill(5)), { firstNames: 'Ana María', surnames: 'Peña Ríos' });
  browser = await launchBrowser(['--use-fake-ui-for-media-stream', '--use-fake-device-for-media-stream', `--use-file-for-fake-video-capture=${video}`]);
  const page = await newPhonePage(browser);
  await enrollPage(page, server, { eventIds: [EVENT_ID] }); // a door phone, before its first pull
  await openDoor(page, server.url, EVENT_ID, 1);

  report('camera_qr_ms', await medianFor(page, sequence(qrFrame(pass))), 'ms', '<=200');
  report('camera_cedula_ms', await medianFor(page, sequence(pdf417Frame(syntheticCedula()))), 'ms', '<=400');
} finally {
  await browser?.close();
  await server?.stop();
  await rm(dir, { recursive: true, force: true });
}
