import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { uuidV7 } from '../../../src/core/ids/uuidv7';
import { axeViolations, launchBrowser, newPhonePage, waitForServiceWorkerControl } from '../../support/browser';
import { qrFrame } from '../../support/barcode-frames';
import { syntheticCedula } from '../../support/cedula-fixtures';
import { codeSequence } from '../../support/y4m';
import { startServerProcess, type ServerProcess } from '../../support/server-process';
import { probeNetwork } from '../attendance-page';
import { adminOf, enrollPage } from '../support/enroll-page';
import type { StaffSession } from '../../support/auth-bootstrap';
import {
  EVENT_ID,
  admitPass,
  dismissResult,
  forge,
  indexedDbDump,
  localRecords,
  nextResult,
  register,
  seedEvent,
  showOnDoorCamera,
  showToCamera,
} from './door-helpers';
import { readQrFrame } from './zxing-node';

// A blood type with '+', which no base64url text (passes, cursors) can contain, so a hit is a real leak.
const BLOOD_TYPE = 'AB+';
const AFIS = '58193467';
const FINGER_CARD = '62504918';
const CEDULA = syntheticCedula({ bloodType: BLOOD_TYPE, afisCode: AFIS, fingerCard: FINGER_CARD });
const SECRETS = [BLOOD_TYPE, AFIS, FINGER_CARD];

describe('the door, offline, with the fake camera', () => {
  let dir: string;
  let dataDir: string;
  let video: string;
  let server: ServerProcess | undefined;
  let browser: Browser | undefined;
  let pass: string;
  let admin: StaffSession;
  const attendeeId = uuidV7(Date.now(), new Uint8Array(10).fill(3));

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'cabildo-e2e-door-'));
    dataDir = join(dir, 'data');
    video = join(dir, 'camera.y4m');
    await showToCamera(video, 'nothing');
    server = await startServerProcess({ dataDir });
    admin = await adminOf(server);
    await seedEvent(server.url, admin);
    pass = await register(server.url, admin, attendeeId, { firstNames: 'Ana María', surnames: 'Peña Ríos' });
    browser = await launchBrowser(['--use-fake-ui-for-media-stream', '--use-fake-device-for-media-stream', `--use-file-for-fake-video-capture=${video}`]);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    await rm(dir, { recursive: true, force: true });
  });

  /** A door phone: enrolled for the event (before its first pull), then the event's list loaded online. */
  async function openDoorOnline(page: Page): Promise<void> {
    await enrollPage(page, server!, { eventIds: [EVENT_ID] });
    await page.goto(`${server!.url}/eventos/${EVENT_ID}`);
    await waitForServiceWorkerControl(page);
    await page.getByTestId('count-registered').getByText('1', { exact: true }).waitFor(); // the list was pulled
    await page.getByRole('link', { name: /Abrir la puerta/ }).click();
    await page.getByRole('button', { name: 'Detener cámara' }).waitFor();
  }

  it('has no axe violations on the events list, the event and the door', async () => {
    const page = await newPhonePage(browser!);
    await enrollPage(page, server!, { eventIds: [EVENT_ID] });
    for (const path of ['/eventos', `/eventos/${EVENT_ID}`]) {
      await page.goto(`${server!.url}${path}`);
      await page.getByRole('heading', { level: 1 }).waitFor();
      await page.locator('[data-testid="events-list"], [data-testid="event-counters"]').first().waitFor();
      expect(await axeViolations(page), path).toEqual([]);
    }
    await page.goto(`${server!.url}/eventos/${EVENT_ID}/puerta`);
    await page.getByRole('button', { name: 'Detener cámara' }).waitFor();
    expect(await axeViolations(page), 'door').toEqual([]);
    await page.context().close();
  });

  it('admits a pass, says "already" the second time, refuses a forged one, and reads a cédula without keeping its blood type', async () => {
    const page = await newPhonePage(browser!);
    const context = page.context();
    const syncBodies: string[] = [];
    page.on('request', (request) => {
      if (request.url().endsWith('/api/v1/sync')) syncBodies.push(request.postData() ?? '');
    });
    await openDoorOnline(page);
    await page.getByText(/aún no tiene la clave/).waitFor({ state: 'detached' });

    await context.setOffline(true);
    expect(await probeNetwork(page)).toBe('failed');
    await page.reload(); // the door itself opens offline
    await page.getByRole('button', { name: 'Detener cámara' }).waitFor();

    // 1. The pass: green, and the record is on the device with the attendee id.
    await showOnDoorCamera(page, video, { qr: pass });
    await admitPass(page);
    await page.getByTestId('result-name').getByText(/Ana María/).waitFor();
    await dismissResult(page);
    const afterPass = await localRecords(page);
    expect(afterPass).toHaveLength(1);
    expect(afterPass[0]).toMatchObject({ kind: 'attendance.registered', syncState: 'pending', payload: { method: 'pass', attendeeId, eventId: EVENT_ID } });

    // 2. The same pass again: yellow, from this device, nothing saved.
    await showOnDoorCamera(page, video, { qr: pass });
    const again = await nextResult(page);
    expect(again.colour).toBe('yellow');
    expect(again.text).toMatch(/Ya registrado/);
    expect(again.text).toMatch(/Registrado a las \d{1,2}:\d{2}.* en este dispositivo/); // when, and where
    await dismissResult(page);
    expect(await localRecords(page)).toHaveLength(1);

    // 3. A forged pass: red, with the reason.
    await showOnDoorCamera(page, video, { qr: await forge(pass) });
    const forged = await nextResult(page);
    expect(forged.colour).toBe('red');
    expect(forged.text).toMatch(/firma del pase no es válida/);
    await dismissResult(page);

    // 4. A cédula: the form comes pre-filled; no blood type anywhere.
    await showOnDoorCamera(page, video, { pdf417: CEDULA });
    await page.getByTestId('door-form').waitFor({ timeout: 30_000 });
    expect(await page.getByLabel('Número de documento').inputValue()).toBe('1037482915');
    expect(await page.getByLabel('Nombres', { exact: true }).inputValue()).toBe('Luz Marina');
    expect(await page.getByLabel('Apellidos').inputValue()).toBe('Peña Álvarez');
    expect(await page.getByLabel('Fecha de nacimiento').inputValue()).toBe('1984-07-23');
    expect(await page.getByRole('radio', { name: 'Mujer' }).isChecked()).toBe(true);
    const formText = await page.getByTestId('door-form').innerText();
    for (const secret of SECRETS) expect(formText).not.toContain(secret);
    await page.getByLabel('Comuna o corregimiento donde vive').selectOption('05');
    await page.getByRole('checkbox', { name: /Autorizo el tratamiento de mis datos personales/ }).check();
    await page.getByRole('button', { name: 'Guardar asistencia' }).click();
    expect((await nextResult(page)).colour).toBe('green');
    await dismissResult(page);
    const records = await localRecords(page);
    expect(records.map((r) => r.payload.method)).toEqual(['pass', 'cedula']);
    expect(records[1]!.payload).toMatchObject({ document: { type: 'CC', number: '1037482915' }, sexAtBirth: 'mujer', birthDate: '1984-07-23' });
    const dump = await indexedDbDump(page);
    for (const secret of SECRETS) expect(dump).not.toContain(secret);

    // 5. Back online: both records reach the server; neither request nor the SQLite files hold the secrets.
    await context.setOffline(false);
    await page.goto(`${server!.url}/eventos/${EVENT_ID}`);
    await page.getByTestId('count-pending').getByText('0', { exact: true }).waitFor({ timeout: 30_000 });
    expect(syncBodies.length).toBeGreaterThan(0);
    for (const body of syncBodies) for (const secret of SECRETS) expect(body).not.toContain(secret);
    for (const file of (await readdir(dataDir)).filter((f) => f.startsWith('cabildo.sqlite'))) {
      const bytes = (await readFile(join(dataDir, file))).toString('latin1');
      for (const secret of SECRETS) expect(bytes, file).not.toContain(secret);
    }
    const list = (await (await fetch(`${server!.url}/api/v1/events/${EVENT_ID}/attendance`, { headers: admin.headers() })).json()) as { counts: { admitted: number } };
    expect(list.counts.admitted).toBe(2);
    await context.close();
  });

  it('reads a pass QR that zxing-js finds only upside down (about one pass in six at 6 px per module)', async () => {
    // Passes with the real claims and other signatures, until one whose upright frame the decoder misses.
    let hard: string | undefined;
    for (let tries = 0; tries < 300 && hard === undefined; tries++) {
      const candidate = await forge(pass);
      const frame = qrFrame(candidate);
      if (readQrFrame(frame) === undefined && readQrFrame(frame, true) === candidate) hard = candidate;
    }
    if (hard === undefined) throw new Error('no pass QR that only reads upside down in 300 tries');
    const page = await newPhonePage(browser!);
    await openDoorOnline(page);
    await page.getByText(/aún no tiene la clave/).waitFor({ state: 'detached' });
    await showOnDoorCamera(page, video, { frames: codeSequence(qrFrame(hard), { blankFrames: 5, codeFrames: 30 }) });
    const result = await nextResult(page, 10_000);
    expect(result.colour).toBe('red');
    expect(result.text).toMatch(/firma del pase no es válida/);
    await page.context().close();
  });
});
