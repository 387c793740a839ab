import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { uuidV7 } from '../../../src/core/ids/uuidv7';
import type { StaffSession } from '../../support/auth-bootstrap';
import { launchBrowser, newPhonePage, waitForServiceWorkerControl } from '../../support/browser';
import { startServerProcess, type ServerProcess } from '../../support/server-process';
import { adminOf, enrollPage } from '../support/enroll-page';
import { EVENT_ID, admitPass, indexedDbDump, localRecords, nextResult, register, seedEvent } from './door-helpers';
import { readQrPng } from './zxing-node';

// Watches what the door does with the phone, without changing it: vibrations asked for, beeps started,
// and every camera stream opened (to check each one is released when the door is left).
const OBSERVE_DEVICE = `(() => {
  const seen = (window.__door = { vibrations: [], beeps: 0, streams: [] });
  const vibrate = navigator.vibrate?.bind(navigator);
  navigator.vibrate = (pattern) => { seen.vibrations.push(pattern); return vibrate ? vibrate(pattern) : true; };
  const start = OscillatorNode.prototype.start;
  OscillatorNode.prototype.start = function (...args) { seen.beeps++; return start.apply(this, args); };
  const getUserMedia = navigator.mediaDevices.getUserMedia.bind(navigator.mediaDevices);
  navigator.mediaDevices.getUserMedia = async (constraints) => { const stream = await getUserMedia(constraints); seen.streams.push(stream); return stream; };
})()`;

interface Observed {
  vibrations: number[][];
  beeps: number;
  liveTracks: number;
  streams: number;
}

describe('the door by hand: search by name and document, a barcode reader, feedback, counters, the camera', () => {
  let dir: string;
  let server: ServerProcess | undefined;
  let browser: Browser | undefined;
  let admin: StaffSession;
  let readerPass: string;
  const searched = uuidV7(Date.now(), new Uint8Array(10).fill(4));
  const scanned = uuidV7(Date.now(), new Uint8Array(10).fill(5));

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'cabildo-e2e-door-hand-'));
    server = await startServerProcess({ dataDir: join(dir, 'data') });
    admin = await adminOf(server);
    await seedEvent(server.url, admin);
    await register(server.url, admin, searched, { firstNames: 'Jorge Enrique', surnames: 'Ruiz Cárdenas' }, '1017654321');
    readerPass = await register(server.url, admin, scanned, { firstNames: 'Marta Lucía', surnames: 'Ospina' });
    browser = await launchBrowser(['--use-fake-ui-for-media-stream', '--use-fake-device-for-media-stream']);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    await rm(dir, { recursive: true, force: true });
  });

  it('admits offline by name and by a reader typing into the page, beeps and vibrates, returns by itself, counts, and releases the camera', async () => {
    const page = await newPhonePage(browser!);
    await page.addInitScript(OBSERVE_DEVICE);
    const observed = () =>
      page.evaluate(`(() => { const s = window.__door; return { vibrations: s.vibrations, beeps: s.beeps, streams: s.streams.length,
        liveTracks: s.streams.flatMap((m) => m.getTracks()).filter((t) => t.readyState === 'live').length }; })()`) as Promise<Observed>;
    await enrollPage(page, server!, { eventIds: [EVENT_ID] });
    await page.goto(`${server!.url}/eventos/${EVENT_ID}`);
    await waitForServiceWorkerControl(page);
    await page.getByTestId('count-registered').getByText('2', { exact: true }).waitFor();
    await page.getByRole('link', { name: /Abrir la puerta/ }).click();
    await page.getByText(/aún no tiene la clave/).waitFor({ state: 'detached' });
    await page.context().setOffline(true);
    await page.reload();
    await page.locator('[data-testid="door"][data-ready="true"]').waitFor();

    // 1. By document (the list holds only its digest: the number is nowhere on the phone), then by name,
    // accents and order ignored: the form completes what the list lacks, then green.
    expect(await indexedDbDump(page)).not.toContain('1017654321');
    await page.getByTestId('door-search').fill('1.017.654.321');
    await page.getByRole('button', { name: 'Admitir a Jorge Enrique Ruiz Cárdenas' }).waitFor();
    await page.getByTestId('door-search').fill('ruiz jorge');
    await page.getByRole('button', { name: 'Admitir a Jorge Enrique Ruiz Cárdenas' }).click();
    await admitPass(page);
    const beepsAfterGreen = (await observed()).beeps;
    expect(beepsAfterGreen).toBeGreaterThan(0);
    expect((await observed()).vibrations).toEqual([[80]]);
    await page.getByTestId('door-result').waitFor({ state: 'detached', timeout: 5_000 }); // back to scanning by itself
    expect((await localRecords(page)).map((r) => r.payload.attendeeId)).toEqual([searched]);
    await page.getByTestId('count-this-device').getByText('1', { exact: true }).waitFor();
    await page.getByTestId('count-pending').getByText('1', { exact: true }).waitFor();

    // 2. A barcode reader types the pass and Enter into the focused search field.
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('door-search-input');
    await page.keyboard.type(readerPass);
    await page.keyboard.press('Enter');
    await admitPass(page);
    // The same pass read again while the green screen still shows: not lost, and yellow.
    await page.keyboard.type(readerPass);
    await page.keyboard.press('Enter');
    const yellow = page.locator('[data-testid="door-result"][data-colour="yellow"]');
    await yellow.waitFor();
    expect(await yellow.innerText()).toMatch(/Registrado a las .+ en este dispositivo/);
    const last = await observed();
    expect(last.vibrations).toEqual([[80], [80], [80, 60, 80]]);
    expect(last.beeps).toBeGreaterThan(beepsAfterGreen);
    await yellow.waitFor({ state: 'detached', timeout: 6_000 });
    expect((await localRecords(page)).map((r) => r.payload.attendeeId)).toEqual([searched, scanned]);
    await page.getByTestId('count-this-device').getByText('2', { exact: true }).waitFor();
    await page.getByTestId('count-checked-in').getByText('2', { exact: true }).waitFor();

    // 3. A reader that types a document number (or staff typing it) and Enter: the form with that number,
    // and the same number again (dots and all) is yellow.
    await page.getByTestId('door-search').focus();
    await page.keyboard.type('71234567');
    await page.keyboard.press('Enter');
    await page.getByTestId('door-form').waitFor();
    expect(await page.getByLabel('Número de documento').inputValue()).toBe('71234567');
    await page.getByLabel('Nombres', { exact: true }).fill('Óscar');
    await page.getByLabel('Apellidos').fill('Restrepo');
    await admitPass(page); // completes comuna and consent, saves, green
    await page.getByTestId('door-result').click();
    await page.getByTestId('door-search').fill('71.234.567');
    await page.getByTestId('door-search').press('Enter');
    expect((await nextResult(page)).colour).toBe('yellow');
    expect((await localRecords(page)).map((r) => (r.payload.document as { number?: string } | undefined)?.number)).toEqual([undefined, undefined, '71234567']);

    // 4. Leaving the door releases the camera (an in-app link: the page itself stays).
    expect((await observed()).streams).toBeGreaterThan(0);
    await page.getByRole('link', { name: 'Evento' }).click();
    await page.getByTestId('event-counters').waitFor();
    await expect.poll(async () => (await observed()).liveTracks).toBe(0);
    await page.context().close();
  });

  it('prints the event poster on one A4 page, with a QR that opens the event\'s registration', async () => {
    const page = await newPhonePage(browser!);
    await enrollPage(page, server!, { eventIds: [EVENT_ID] });
    await page.goto(`${server!.url}/eventos/${EVENT_ID}/cartel`);
    await page.getByRole('heading', { level: 1, name: 'Atril a la comuna 3' }).waitFor();
    const qr = page.getByTestId('poster-qr').locator('svg');
    await qr.waitFor(); // drawn by the lazily loaded qrcode package
    expect(readQrPng(await qr.screenshot())).toBe(`${server!.url}/eventos/${EVENT_ID}/inscripcion`);
    const pdf = (await page.pdf({ preferCSSPageSize: true, printBackground: true })).toString('latin1');
    expect(pdf.match(/\/Type\s*\/Page\b/g)).toHaveLength(1);
    expect(pdf).toMatch(/\/MediaBox\s*\[\s*0 0 59[45]\.?\d* 84[12]\.?\d*\s*\]/); // A4 in points: 210 × 297 mm
    await page.context().close();
  });
});
