import * as zxingBundle from 'html5-qrcode/third_party/zxing-js.umd';

// The ZXing that html5-qrcode bundles (the same module, so no second copy); its .d.ts declares only the enums.
interface ZXingParts {
  MultiFormatReader: new (verbose: boolean, hints: Map<number, unknown>) => { decode(bitmap: unknown): { text: string } };
  BinaryBitmap: new (binarizer: unknown) => unknown;
  HybridBinarizer: new (source: unknown) => unknown;
  HTMLCanvasElementLuminanceSource: new (canvas: HTMLCanvasElement) => unknown;
  DecodeHintType: { POSSIBLE_FORMATS: number };
  BarcodeFormat: { QR_CODE: number };
}
const ZXing = zxingBundle as unknown as ZXingParts;

/**
 * A second look at a frame whose QR the first decode missed, with the frame turned 180°.
 *
 * Why: html5-qrcode ships zxing-js, a port of ZXing 3.3 whose finder-pattern search stops as soon as it
 * holds three "confirmed" candidates, scanning top to bottom. A patch of data modules that looks like a
 * finder pattern (1:1:3:1:1) above the bottom-left corner is then taken instead of the real one, and the
 * frame never decodes: about one pass QR in six at 6 px per module (ZXing ≥3.4 checks diagonals and the
 * triangle's geometry; zxing-js does not). Upside down, the real corners come first in the scan.
 * html5-qrcode's own retry (a mirrored frame) cannot help: the mirror keeps the row order, and zxing-js
 * already reads mirrored QR codes. Measured on 150 random passes, perfect frames: failures at 6 px per
 * module 29 → 2, at 4–5 px 17 → 0. Only QR: PDF417 has no finder patterns.
 */
export function createUpsideDownLook(): (frame: HTMLCanvasElement) => string | undefined {
  // Checked once here, not per frame: a bundling change that loses these must fail loudly, not decode less.
  if (typeof ZXing.MultiFormatReader !== 'function' || typeof ZXing.HTMLCanvasElementLuminanceSource !== 'function') {
    throw new Error('ZXing (html5-qrcode/third_party) is missing its readers');
  }
  const canvas = document.createElement('canvas');
  const context = canvas.getContext('2d', { willReadFrequently: true });
  const hints = new Map<number, unknown>([[ZXing.DecodeHintType.POSSIBLE_FORMATS, [ZXing.BarcodeFormat.QR_CODE]]]);
  return (frame) => {
    if (!context || frame.width === 0 || frame.height === 0) return undefined;
    if (canvas.width !== frame.width || canvas.height !== frame.height) {
      canvas.width = frame.width;
      canvas.height = frame.height;
    }
    context.setTransform(-1, 0, 0, -1, frame.width, frame.height);
    context.drawImage(frame, 0, 0);
    try {
      const reader = new ZXing.MultiFormatReader(false, hints);
      const bitmap = new ZXing.BinaryBitmap(new ZXing.HybridBinarizer(new ZXing.HTMLCanvasElementLuminanceSource(canvas)));
      return String(reader.decode(bitmap).text);
    } catch {
      return undefined; // nothing there either: the usual case for a frame without a code
    }
  };
}
