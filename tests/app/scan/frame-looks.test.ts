import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { prepareZXingModule } from 'zxing-wasm/reader';
import { beforeAll, describe, expect, it } from 'vitest';
import { createFrameLooks, type RgbaFrame } from '../../../src/app/scan/frame-looks';
import { findCodePatch } from '../../../src/app/scan/straighten';
import { zxingRead } from '../../../src/app/scan/zxing-read';
import { latin1Text, parseCedulaBarcode } from '../../../src/core/cedula';
import type { Gray8Frame } from '../../support/barcode-frames';
import { cardPhoto, perturbedCard } from '../../support/card-photo';
import { asLatin1String, syntheticCedula } from '../../support/cedula-fixtures';

// The worker's decoding, run in Node on the same ZXing-C++ build: photographed cards in, cédula bytes out.
const rgba = (frame: Gray8Frame): RgbaFrame => {
  const data = new Uint8ClampedArray(frame.pixels.length * 4);
  frame.pixels.forEach((value, i) => data.set([value, value, value, 255], i * 4));
  return { width: frame.width, height: frame.height, data };
};

/** A card held still: the same frame up to `frames` times, as the camera keeps sending it. */
async function readHeld(frame: Gray8Frame, frames = 3) {
  const looks = createFrameLooks(zxingRead);
  for (let i = 0; i < frames; i++) {
    const found = await looks(rgba(frame));
    if (found) return found;
  }
  return undefined;
}

const HD = { width: 1280, height: 720 };

beforeAll(() => {
  const wasm = readFileSync(createRequire(import.meta.url).resolve('zxing-wasm/reader/zxing_reader.wasm'));
  prepareZXingModule({ overrides: { wasmBinary: wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength) as ArrayBuffer } });
});

describe('finding a PDF417 and how it leans', () => {
  it.each([-9, -4, 0, 3, 8])('measures a card turned %d° to within half a degree', (rotation) => {
    const frame = cardPhoto(syntheticCedula(), { ...HD, fill: 0.8, rotation, seed: 4 });
    const patch = findCodePatch(frame);
    expect(patch).toBeDefined();
    expect(Math.abs(patch!.angle - rotation)).toBeLessThanOrEqual(0.5);
  });

  it('tells a PDF417 (bars) from a QR (squares)', async () => {
    const { qrFrame } = await import('../../support/barcode-frames');
    expect(findCodePatch(cardPhoto(syntheticCedula(), { ...HD, fill: 0.7, rotation: 5 }))?.barred).toBe(true);
    expect(findCodePatch(qrFrame('CAB1.eyJhIjoxfQ.c2lnbmF0dXJl', HD))?.barred).toBe(false);
  });

  it('finds no code in an empty frame', () => {
    expect(findCodePatch({ ...HD, pixels: new Uint8Array(HD.width * HD.height).fill(200) })).toBeUndefined();
  });
});

describe('the decoding looks on photographed cédulas', () => {
  it('reads a card turned 8° (which the whole-frame look misses) with every byte and accent intact', async () => {
    const bytes = syntheticCedula({ firstSurname: 'ÑÁÑEZ', firstName: 'MARÍA', middleName: 'JOSÉ' });
    const frame = perturbedCard(bytes, 'rotation', HD, 5);
    const found = await readHeld(frame);
    expect(found?.format).toBe('pdf417');
    expect(found?.look).not.toBe('frame');
    expect(latin1Text(found!.text)).toBe(asLatin1String(bytes));
    const reading = parseCedulaBarcode(found!.text);
    expect(reading.ok && reading.value).toMatchObject({ firstSurname: 'ÑÁÑEZ', firstName: 'MARÍA' });
  });

  it.each(['level', 'perspective', 'glare', 'low_contrast', 'hand_held'] as const)('reads %s cards at 720p', async (kind) => {
    const bytes = syntheticCedula();
    let read = 0;
    for (const seed of [1, 2, 3]) {
      const found = await readHeld(perturbedCard(bytes, kind, HD, seed));
      if (found && latin1Text(found.text) === asLatin1String(bytes)) read++;
    }
    expect(read).toBeGreaterThanOrEqual(kind === 'hand_held' ? 2 : 3);
  });

  it('still reads a QR pass from the whole frame', async () => {
    const { qrFrame } = await import('../../support/barcode-frames');
    const found = await readHeld(qrFrame('CAB1.eyJhIjoxfQ.c2lnbmF0dXJl', HD), 1);
    expect(found).toEqual({ format: 'qr', text: 'CAB1.eyJhIjoxfQ.c2lnbmF0dXJl', look: 'frame' });
  });
});
