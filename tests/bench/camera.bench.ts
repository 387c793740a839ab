import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { uuidV7 } from '../../src/core/ids/uuidv7';
import { launchBrowser, newPhonePage } from '../support/browser';
import { blankFrame, qrFrame, type Gray8Frame } from '../support/barcode-frames';
import { cardPhoto, perturbedCard, PERTURBATIONS, type Perturbation } from '../support/card-photo';
import { syntheticCedula } from '../support/cedula-fixtures';
import { startServerProcess, type ServerProcess } from '../support/server-process';
import { writeY4m } from '../support/y4m';
import { EVENT_ID, register, seedEvent } from '../e2e/door/door-helpers';
import { adminOf, enrollPage } from '../e2e/support/enroll-page';
import { buildApp, median, openDoor, percentile } from './door-bench-setup';
import { report } from './report';

/**
 * The door camera in Chromium with the fake camera, through the real door page and its decoding worker.
 *
 * - Cédula corpus: for each kind of trouble (tests/support/card-photo.ts) and for 720p and 1080p clips,
 *   SEEDS photographed cards, each with its own document number. Timed in the page from the first video
 *   frame showing the card (requestVideoFrameCallback, dark pixels) to the walk-in form holding that
 *   number. A card not read within GIVE_UP_MS counts as missed.
 * - door_tap_p95_ms: taps while the camera looks at a card it cannot read (the decoder busiest), from the
 *   tap's event time to the next animation frame.
 * - camera_qr_ms: as before, a pass QR on a 640×480 clip, code on screen to the door's decode mark.
 */
const SEEDS = 3;
const QR_RUNS = 7;
const TAPS = 30;
const FPS = 15;
const GIVE_UP_MS = 8_000;
const SIZES = [
  { width: 1280, height: 720 },
  { width: 1920, height: 1080 },
];

const dir = await mkdtemp(join(tmpdir(), 'cabildo-bench-camera-'));
const video = join(dir, 'camera.y4m');
let server: ServerProcess | undefined;
let browser: Browser | undefined;

/** Half a second of nothing (white), then the code held for two. */
const clip = (code: Gray8Frame): Gray8Frame[] => [
  ...new Array<Gray8Frame>(Math.ceil(FPS / 2)).fill(blankFrame(code)),
  ...new Array<Gray8Frame>(2 * FPS).fill(code),
];

// Plain text, not a function: tsx would wrap inner functions in a helper the page does not have.
const WATCH = (documentNumber: string) => `(() => {
  performance.clearMarks('door:decoded');
  delete window.codeSeenAt;
  delete window.formAt;
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
  const expected = ${JSON.stringify(documentNumber)};
  const form = (now) => {
    const inputs = document.querySelectorAll('[data-testid="door-form"] input');
    for (const input of inputs) if (input.value === expected) return void (window.formAt = now);
    requestAnimationFrame(form);
  };
  if (expected) requestAnimationFrame(form);
})()`;

async function stopCamera(page: Page): Promise<void> {
  const cancel = page.getByRole('button', { name: 'Cancelar' });
  const result = page.getByTestId('door-result');
  if (await result.isVisible()) await result.click();
  if (await cancel.isVisible()) await cancel.click();
  // The camera (re)starts by itself when the door shows the scanner again; wait until it settles.
  const stop = page.getByRole('button', { name: 'Detener cámara' });
  const start = page.locator('button:not([disabled])', { hasText: 'Iniciar cámara' });
  await Promise.race([stop.waitFor({ timeout: 20_000 }), start.waitFor({ timeout: 20_000 })]);
  if (await stop.isVisible()) await stop.click();
  await start.waitFor();
}

const pageValue = (page: Page, name: string) => page.evaluate((key) => (window as unknown as Record<string, number | undefined>)[key], name);

/** ms from the card on screen to the form prefilled with `documentNumber`, or undefined when never read. */
async function timeCedula(page: Page, frames: Gray8Frame[], documentNumber: string): Promise<number | undefined> {
  await stopCamera(page);
  await writeY4m(video, frames, { fps: FPS }); // read by Chromium at the next camera start
  await page.evaluate(WATCH(documentNumber));
  await page.getByRole('button', { name: 'Iniciar cámara' }).click();
  await page.waitForFunction(() => (window as unknown as { codeSeenAt?: number }).codeSeenAt !== undefined, undefined, { timeout: 20_000 });
  const seenAt = (await pageValue(page, 'codeSeenAt'))!;
  const done = await page
    .waitForFunction(() => (window as unknown as { formAt?: number }).formAt, undefined, { timeout: GIVE_UP_MS })
    .then(() => true)
    .catch(() => false);
  if (!done) return undefined;
  return (await pageValue(page, 'formAt'))! - seenAt;
}

/** ms from the pass on screen to the door's decode mark (camera_qr_ms, as measured before). */
async function timeQr(page: Page, frames: Gray8Frame[]): Promise<number> {
  await stopCamera(page);
  await writeY4m(video, frames, { fps: FPS });
  await page.evaluate(WATCH(''));
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

const TAP_PROBE = `(() => {
  window.tapDelays = [];
  document.addEventListener('pointerdown', (event) => {
    const at = event.timeStamp;
    requestAnimationFrame((now) => window.tapDelays.push(now - at));
  }, { capture: true });
})()`;

/** Taps on the guide's hint while every frame keeps the decoder busy; answers the delays. */
async function tapDelays(page: Page, unreadable: Gray8Frame): Promise<number[]> {
  await stopCamera(page);
  await writeY4m(video, new Array<Gray8Frame>(2 * FPS).fill(unreadable), { fps: FPS });
  await page.getByRole('button', { name: 'Iniciar cámara' }).click();
  await page.getByRole('button', { name: 'Detener cámara' }).waitFor();
  await page.waitForFunction(() => document.querySelector('[data-testid="scanner"]')?.getAttribute('data-frame') === '1920x1080');
  await page.evaluate(TAP_PROBE);
  const box = (await page.locator('.scanner__hint').boundingBox())!;
  for (let i = 0; i < TAPS; i++) {
    await page.touchscreen.tap(box.x + box.width / 2, box.y + box.height / 2);
    await page.waitForTimeout(100 + ((i * 37) % 90)); // spread over decode cycles; not a wait for a result
  }
  await page.waitForFunction((n) => (window as unknown as { tapDelays: number[] }).tapDelays.length >= n, TAPS);
  return page.evaluate(() => (window as unknown as { tapDelays: number[] }).tapDelays);
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

  const times: number[] = [];
  const byKind = new Map<Perturbation, { read: number; total: number }>();
  let sample = 0;
  for (const kind of PERTURBATIONS) {
    for (const size of SIZES) {
      for (let seed = 1; seed <= SEEDS; seed++) {
        const documentNumber = String(1_037_000_000 + ++sample * 7_919);
        const card = perturbedCard(syntheticCedula({ documentNumber }), kind, size, seed);
        const ms = await timeCedula(page, clip(card), documentNumber);
        const tally = byKind.get(kind) ?? { read: 0, total: 0 };
        byKind.set(kind, { read: tally.read + (ms === undefined ? 0 : 1), total: tally.total + 1 });
        if (ms !== undefined) times.push(ms);
        console.error(`${kind} ${size.width}×${size.height} seed ${seed}: ${ms === undefined ? 'not read' : `${Math.round(ms)} ms`}`);
      }
    }
  }
  report('cedula_decode_rate', times.length / sample, 'ratio', '>=0.95');
  report('cedula_decode_p50_ms', median(times), 'ms', '<=800');
  report('cedula_decode_p95_ms', percentile(times, 95), 'ms', '<=1500');
  for (const [kind, { read, total }] of byKind) report(`cedula_decode_rate_${kind}`, read / total, 'ratio');

  // A card whose code is scrambled: found as a code patch, straightened, never decoded — every look, every frame.
  const unreadable = cardPhoto(syntheticCedula(), { width: 1920, height: 1080, fill: 0.8, rotation: 6, scramble: 0.5 });
  report('door_tap_p95_ms', percentile(await tapDelays(page, unreadable), 95), 'ms', '<=100');

  const qr: number[] = [];
  for (let i = 0; i < QR_RUNS; i++) qr.push(await timeQr(page, clip(qrFrame(pass))));
  report('camera_qr_ms', median(qr), 'ms', '<=200');
} finally {
  await browser?.close();
  await server?.stop();
  await rm(dir, { recursive: true, force: true });
}
