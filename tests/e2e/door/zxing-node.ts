import { createRequire } from 'node:module';
import { PNG } from 'pngjs';
import type { Gray8Frame } from '../../support/barcode-frames';

// The decoder the door itself uses (ZXing as html5-qrcode bundles it), run in Node on test frames and screenshots.
interface ZXingParts {
  RGBLuminanceSource: new (luma: Uint8ClampedArray, width: number, height: number) => unknown;
  HybridBinarizer: new (source: unknown) => unknown;
  BinaryBitmap: new (binarizer: unknown) => unknown;
  QRCodeReader: new () => { decode(bitmap: unknown, hints: Map<number, unknown>): { getText(): string } };
}
const ZXing = createRequire(import.meta.url)('html5-qrcode/third_party/zxing-js.umd.js') as ZXingParts;

/** The QR's text as the door's decoder reads it from grey pixels, or undefined when it finds none. */
export function readQr(luma: Uint8ClampedArray | Uint8Array, width: number, height: number): string | undefined {
  const bitmap = new ZXing.BinaryBitmap(new ZXing.HybridBinarizer(new ZXing.RGBLuminanceSource(new Uint8ClampedArray(luma), width, height)));
  try {
    return new ZXing.QRCodeReader().decode(bitmap, new Map()).getText();
  } catch {
    return undefined;
  }
}

export const readQrFrame = (frame: Gray8Frame, turned = false): string | undefined =>
  readQr(turned ? frame.pixels.slice().reverse() : frame.pixels, frame.width, frame.height);

export function readQrPng(bytes: Buffer): string | undefined {
  const png = PNG.sync.read(bytes);
  const luma = new Uint8ClampedArray(png.width * png.height);
  for (let i = 0; i < luma.length; i++) luma[i] = png.data[i * 4]!;
  return readQr(luma, png.width, png.height);
}
