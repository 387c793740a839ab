import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { latin1Text, parseCedulaBarcode } from '../../../src/core/cedula';
import { pdf417Frame, qrFrame } from '../../support/barcode-frames';
import { asLatin1String, syntheticCedula } from '../../support/cedula-fixtures';
import { codeSequence, writeY4m } from '../../support/y4m';

// Proves the fixture pipeline the e2e tests rely on: synthetic bytes → frames → Y4M → Chromium's
// fake camera → html5-qrcode (ZXing) → our parser. One video holds a QR pass, then a cédula PDF417.
const QR_TEXT = 'CABILDO:pase:0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b';
const CEDULA = syntheticCedula({ firstSurname: 'MUÑOZ', secondSurname: 'DE LA CRUZ', middleName: null, sex: 'M' });

const PAGE = `<!doctype html><meta charset="utf-8"><div id="reader" style="width:640px"></div>
<script src="/html5-qrcode.min.js"></script>
<script>
  window.found = {};
  const formats = [Html5QrcodeSupportedFormats.QR_CODE, Html5QrcodeSupportedFormats.PDF_417];
  const scanner = new Html5Qrcode('reader', { formatsToSupport: formats, verbose: false, useBarCodeDetectorIfSupported: false });
  // No qrbox: a PDF417 needs the whole frame (about 2 px per module), not a small square.
  scanner.start({ facingMode: 'environment' }, { fps: 15 }, (text, result) => {
    window.found[result.result.format.formatName] = Array.from(text, (c) => c.charCodeAt(0));
  }, () => {}).catch((error) => { window.startError = String(error); });
</script>`;

let dir: string;
let server: Server;
let browser: Browser;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'cabildo-fake-camera-'));
  const video = join(dir, 'camera.y4m');
  await writeY4m(video, [...codeSequence(qrFrame(QR_TEXT)), ...codeSequence(pdf417Frame(CEDULA))], { fps: 15 });

  const library = await readFile(join(import.meta.dirname, '../../../node_modules/html5-qrcode/html5-qrcode.min.js'));
  server = createServer((request, response) => {
    const isLibrary = request.url === '/html5-qrcode.min.js';
    response.writeHead(200, { 'content-type': isLibrary ? 'text/javascript' : 'text/html; charset=utf-8' });
    response.end(isLibrary ? library : PAGE);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));

  browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: [
      '--headless=new', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--disable-quic',
      '--use-fake-ui-for-media-stream', '--use-fake-device-for-media-stream', `--use-file-for-fake-video-capture=${video}`,
    ],
  });
}, 30_000);

afterAll(async () => {
  await browser?.close();
  await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe('fake camera fixtures decode in Chromium', () => {
  it('html5-qrcode reads the QR pass and the synthetic cédula, and the cédula parses', async () => {
    const page = await browser.newPage();
    const { port } = server.address() as AddressInfo;
    await page.goto(`http://127.0.0.1:${port}/`);
    await page.waitForFunction(() => {
      const w = window as unknown as { found: Record<string, number[]>; startError?: string };
      if (w.startError) throw new Error(w.startError);
      return w.found.QR_CODE && w.found.PDF_417;
    }, null, { timeout: 40_000 });
    const found = await page.evaluate(() => (window as unknown as { found: Record<string, number[]> }).found);

    const asText = (codes: number[] | undefined) => String.fromCharCode(...(codes ?? []));
    expect(asText(found.QR_CODE)).toBe(QR_TEXT);
    // Every byte survives the trip (NUL runs included), once Windows-1252 characters are mapped back.
    expect(latin1Text(asText(found.PDF_417))).toBe(asLatin1String(CEDULA));
    const reading = parseCedulaBarcode(asText(found.PDF_417));
    expect(reading).toEqual({
      ok: true,
      value: {
        documentType: 'CC', documentNumber: '1037482915', firstSurname: 'MUÑOZ', secondSurname: 'DE LA CRUZ',
        firstName: 'LUZ', sex: 'M', birthDate: '1984-07-23', birthPlace: { municipalityCode: '05', departmentCode: '001' },
      },
    });
  }, 60_000);
});
