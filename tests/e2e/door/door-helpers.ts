import { writeFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { encodeBase64Url } from '../../../src/core/passes/base64url';
import { encodeUtf8 } from '../../../src/core/encoding/utf8';
import { qrFrame, pdf417Frame, blankFrame, type Gray8Frame } from '../../support/barcode-frames';
import { codeSequence, y4mBytes } from '../../support/y4m';

export const EVENT_ID = 'atril-comuna-3-e2e';

export const eventBody = {
  id: EVENT_ID,
  name: 'Atril a la comuna 3',
  type: 'atril_territorial',
  murcStage: 'ejecucion',
  responsibleOffice: 'planeacion',
  startsAt: '2026-01-01T08:00:00-05:00',
  endsAt: '2036-01-01T18:00:00-05:00',
  place: 'Coliseo de Manrique',
  territory: '03',
  modality: 'presencial',
  expectedAttendance: 150,
  topics: [],
  lscInterpreterBooked: false,
  status: 'open',
};

/** Who calls the API from a test: a signed-in staff member (auth-bootstrap's StaffSession has this shape). */
export interface Caller {
  headers(): Record<string, string>;
}

async function post(url: string, caller: Caller, body: unknown): Promise<unknown> {
  const response = await fetch(url, { method: 'POST', headers: { ...caller.headers(), 'content-type': 'application/json' }, body: JSON.stringify(body) });
  if (response.status !== 201) throw new Error(`${url} respondió ${response.status}: ${await response.text()}`);
  return response.json();
}

/** Creates the event as the planning office (an administrador or planeación session). */
export const seedEvent = (base: string, planner: Caller) => post(`${base}/api/v1/events`, planner, eventBody);

/** A pre-registration through the real API (made by staff, as at a registration desk); answers the signed pass. */
export async function register(
  base: string,
  staff: Caller,
  attendeeId: string,
  names: { firstNames: string; surnames: string },
  documentNumber = '43123456',
): Promise<string> {
  const answer = (await post(`${base}/api/v1/events/${EVENT_ID}/registrations`, staff, {
    attendeeId,
    eventId: EVENT_ID,
    registeredAt: '2026-11-20T18:00:00-05:00',
    ...names,
    document: { type: 'CC', number: documentNumber },
    territory: '03',
    accessibilityNeeds: ['interprete_lsc'],
    consent: { accepted: true, textVersion: '2026-1' },
  })) as { pass: string };
  return answer.pass;
}

/** The same claims signed with another Ed25519 key: well formed, but not from our server. */
export async function forge(pass: string): Promise<string> {
  const [, claims] = pass.split('.');
  const keys = (await crypto.subtle.generateKey({ name: 'Ed25519' }, false, ['sign', 'verify'])) as CryptoKeyPair;
  const signature = new Uint8Array(await crypto.subtle.sign('Ed25519', keys.privateKey, new Uint8Array(encodeUtf8(`CAB1.${claims}`))));
  return `CAB1.${claims}.${encodeBase64Url(signature)}`;
}

/**
 * Replaces what the fake camera shows. Chromium reads the file each time a capture starts, so write it only
 * while the door's camera is stopped, then start it again.
 */
export async function showToCamera(video: string, code: { qr: string } | { pdf417: Uint8Array } | { frames: Gray8Frame[] } | 'nothing'): Promise<void> {
  let frames: Gray8Frame[];
  if (code === 'nothing') frames = [blankFrame(), blankFrame()];
  else if ('frames' in code) frames = code.frames;
  else if ('pdf417' in code) frames = codeSequence(pdf417Frame(code.pdf417), { blankFrames: 5, codeFrames: 30 });
  else {
    // Held by hand, a pass changes size a little: one second at 6 px per module, one at 5. (zxing-js misses
    // the odd QR at one exact scale, see src/app/scan/upside-down-look.ts; a phone never holds one scale.)
    const [near, far] = [qrFrame(code.qr), qrFrame(code.qr, { modulePx: 5 })];
    frames = [...codeSequence(near, { blankFrames: 5, codeFrames: 15 }), ...new Array<Gray8Frame>(15).fill(far)];
  }
  await writeFile(video, y4mBytes(frames, { fps: 15 }));
}

export async function stopCamera(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Detener cámara' }).click();
  await page.getByRole('button', { name: 'Iniciar cámara' }).waitFor();
}

export async function startCamera(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Iniciar cámara' }).click();
  await page.getByRole('button', { name: 'Detener cámara' }).waitFor();
}

// Whether the door's camera shows anything dark (a code) within 3 s; plain text (tsx helpers are not in the page).
const CAMERA_SHOWS_A_CODE = `new Promise((resolve) => {
  const canvas = document.createElement('canvas');
  canvas.width = 64;
  canvas.height = 48;
  const context = canvas.getContext('2d', { willReadFrequently: true });
  const video = document.querySelector('[data-testid="scanner"] video');
  if (!video) return resolve(false);
  const timer = setTimeout(() => resolve(false), 3000);
  const onFrame = () => {
    context.drawImage(video, 0, 0, 64, 48);
    const pixels = context.getImageData(0, 0, 64, 48).data;
    for (let i = 0; i < pixels.length; i += 4) if (pixels[i] < 100) { clearTimeout(timer); return resolve(true); }
    video.requestVideoFrameCallback(onFrame);
  };
  video.requestVideoFrameCallback(onFrame);
})`;

/**
 * Stops the door's camera, puts `code` in front of it and starts it again. Chromium re-reads the video file
 * when a capture starts, but may keep the device open a moment after a stop; so the camera is restarted
 * until it really shows the code (or, in a case where the result already appeared, not at all).
 */
export async function showOnDoorCamera(page: Page, video: string, code: Parameters<typeof showToCamera>[1]): Promise<void> {
  await stopCamera(page);
  await showToCamera(video, code);
  for (let attempt = 0; attempt < 4; attempt++) {
    await startCamera(page);
    const decided = await page.locator('[data-testid="door-result"], [data-testid="door-form"]').count();
    if (decided > 0 || (await page.evaluate(CAMERA_SHOWS_A_CODE).catch(() => true))) return;
    await stopCamera(page);
  }
  throw new Error('the fake camera never showed the code');
}

/** What the camera was doing: a frozen scanner, a broken decoder and a missing decode look alike from outside. */
export const describeScanner = (page: Page): Promise<string> =>
  page
    .evaluate(() => {
      const scanner = document.querySelector<HTMLElement>('[data-testid="scanner"]');
      return JSON.stringify({
        decoded: performance.getEntriesByName('door:decoded').length,
        frame: scanner?.dataset.frame,
        decoder: scanner?.dataset.decoder,
        buttons: [...document.querySelectorAll('button')].map((b) => b.textContent?.trim()).slice(0, 8),
        scanner: [...(scanner?.querySelectorAll('video, canvas') ?? [])].map((e) => {
          if (!(e instanceof HTMLVideoElement)) return `canvas ${(e as HTMLCanvasElement).width}w`;
          const probe = document.createElement('canvas').getContext('2d')!;
          probe.drawImage(e, 0, 0, 64, 48);
          const dark = [...probe.getImageData(0, 0, 64, 48).data].filter((v, i) => i % 4 === 0 && v < 100).length;
          return `video ${e.videoWidth}x${e.videoHeight} ${e.clientWidth}cw t=${e.currentTime.toFixed(1)} paused=${e.paused} ready=${e.readyState} dark=${dark}`;
        }),
      });
    })
    .catch((error: unknown) => `(page not readable: ${String(error)})`);

/** The colour of the next result screen. */
export async function nextResult(page: Page, timeout = 30_000): Promise<{ colour: string; text: string }> {
  const result = page.getByTestId('door-result');
  await result.waitFor({ timeout }).catch(async (error: unknown) => {
    throw new Error(`no result screen: ${await describeScanner(page)}`, { cause: error });
  });
  return { colour: (await result.getAttribute('data-colour')) ?? '', text: await result.innerText() };
}

export async function dismissResult(page: Page): Promise<void> {
  await page.getByTestId('door-result').click();
  await page.getByTestId('door-result').waitFor({ state: 'detached' });
}

/**
 * A valid pass either admits at once (green) or, when this device has the attendee's name but not their
 * registration answers, opens the form to complete comuna and consent; either way it ends green.
 */
export async function admitPass(page: Page): Promise<void> {
  const form = page.getByTestId('door-form');
  const result = page.getByTestId('door-result');
  await Promise.race([form.waitFor({ timeout: 30_000 }), result.waitFor({ timeout: 30_000 })]).catch(async (error: unknown) => {
    throw new Error(`neither form nor result: ${await describeScanner(page)}`, { cause: error });
  });
  if (await form.isVisible()) {
    await page.getByLabel('Comuna o corregimiento donde vive').selectOption('03');
    await page.getByRole('checkbox', { name: /Autorizo el tratamiento de mis datos personales/ }).check();
    await page.getByRole('button', { name: 'Guardar asistencia' }).click();
    const refused = page.getByTestId('door-form-status').locator('.save-status__error');
    await Promise.race([result.waitFor({ timeout: 30_000 }), refused.waitFor({ timeout: 30_000 })]);
    if (await refused.isVisible()) throw new Error(`the form was refused: ${await page.getByTestId('door-form').innerText()}`);
  }
  const { colour } = await nextResult(page);
  if (colour !== 'green') throw new Error(`expected green, got ${colour}: ${await result.innerText()}`);
}

/** Every object store of the app's IndexedDB as JSON text, read directly (not through the app). */
export const indexedDbDump = (page: Page): Promise<string> =>
  page.evaluate(
    () =>
      new Promise<string>((resolve, reject) => {
        const open = indexedDB.open('cabildo');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const names = [...db.objectStoreNames];
          const tx = db.transaction(names);
          const out: Record<string, unknown> = {};
          for (const name of names) {
            const request = tx.objectStore(name).getAll();
            request.onsuccess = () => (out[name] = request.result);
          }
          tx.oncomplete = () => {
            db.close();
            resolve(JSON.stringify(out));
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
  );

/** This device's attendance records, read directly from IndexedDB. */
export async function localRecords(page: Page): Promise<{ kind: string; syncState: string; payload: Record<string, unknown> }[]> {
  return (JSON.parse(await indexedDbDump(page)) as { records: never[] }).records;
}
