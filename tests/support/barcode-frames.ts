import bwipjs from 'bwip-js/node';
import { PNG } from 'pngjs';
import QRCode from 'qrcode';

/**
 * Grayscale camera frames showing a barcode, for the fake camera (see y4m.ts). Codes are drawn
 * with whole-pixel modules on a white canvas so a decoder sees them as a perfect photo would.
 */
export interface Gray8Frame {
  width: number;
  height: number;
  /** Row-major luma, 0 = black, 255 = white. */
  pixels: Uint8Array;
}

export interface FrameSize {
  width?: number;
  height?: number;
}

const DEFAULT_WIDTH = 640;
const DEFAULT_HEIGHT = 480;
const QR_QUIET_MODULES = 4;
const PDF417_QUIET_MODULES = 4;
// PDF417 rows are drawn this many modules tall (the spec's minimum row height is 3 modules).
const PDF417_ROW_MODULES = 3;
// docs/cedula-barcodes.md: a PDF417 needs roughly 2 pixels per module to be decoded.
const PDF417_MIN_MODULE_PX = 2;

export function blankFrame(size: FrameSize = {}): Gray8Frame {
  const width = size.width ?? DEFAULT_WIDTH;
  const height = size.height ?? DEFAULT_HEIGHT;
  return { width, height, pixels: new Uint8Array(width * height).fill(255) };
}

/** Paints a module grid (true = dark) centred on a blank frame, each module `scaleX`×`scaleY` pixels. */
function drawModules(
  frame: Gray8Frame,
  columns: number,
  rows: number,
  isDark: (column: number, row: number) => boolean,
  scaleX: number,
  scaleY: number,
): Gray8Frame {
  const left = Math.floor((frame.width - columns * scaleX) / 2);
  const top = Math.floor((frame.height - rows * scaleY) / 2);
  for (let row = 0; row < rows; row++) {
    for (let column = 0; column < columns; column++) {
      if (!isDark(column, row)) continue;
      for (let y = 0; y < scaleY; y++) {
        const start = (top + row * scaleY + y) * frame.width + left + column * scaleX;
        frame.pixels.fill(0, start, start + scaleX);
      }
    }
  }
  return frame;
}

export function qrFrame(text: string, size: FrameSize & { modulePx?: number } = {}): Gray8Frame {
  const frame = blankFrame(size);
  const { modules } = QRCode.create(text, { errorCorrectionLevel: 'M' });
  const fit = Math.floor(Math.min(frame.width, frame.height) / (modules.size + 2 * QR_QUIET_MODULES));
  const modulePx = size.modulePx ?? Math.min(fit, 8);
  if (modulePx < 1 || modulePx > fit) throw new Error(`QR of ${modules.size} modules does not fit the frame`);
  return drawModules(frame, modules.size, modules.size, (c, r) => modules.get(r, c) === 1, modulePx, modulePx);
}

/** The symbol's module rows as bwip-js encodes them; bytes go in unchanged (byte compaction). */
export function pdf417Modules(bytes: Uint8Array, columns: number): { width: number; rows: number; dark: number[] } {
  const text = Array.from(bytes, (byte) => String.fromCharCode(byte)).join('');
  // binarytext: each character is one byte; without it bwip-js would UTF-8-encode bytes ≥ 0x80.
  const [symbol] = bwipjs.raw({ bcid: 'pdf417', text, binarytext: true, columns, eclevel: 5 } as bwipjs.RawOptions);
  if (!symbol || !('pixs' in symbol)) throw new Error('bwip-js returned no PDF417 matrix');
  return { width: symbol.pixx, rows: symbol.pixs.length / symbol.pixx, dark: symbol.pixs };
}

export function pdf417Frame(bytes: Uint8Array, size: FrameSize & { columns?: number; modulePx?: number } = {}): Gray8Frame {
  const frame = blankFrame(size);
  const symbol = pdf417Modules(bytes, size.columns ?? 10);
  const fit = Math.min(
    Math.floor(frame.width / (symbol.width + 2 * PDF417_QUIET_MODULES)),
    Math.floor(frame.height / (symbol.rows * PDF417_ROW_MODULES + 2 * PDF417_QUIET_MODULES)),
  );
  const modulePx = size.modulePx ?? fit;
  if (modulePx < PDF417_MIN_MODULE_PX || modulePx > fit) {
    throw new Error(`PDF417 (${symbol.width}×${symbol.rows} modules) cannot get ${PDF417_MIN_MODULE_PX}+ px per module here`);
  }
  const isDark = (column: number, row: number) => symbol.dark[row * symbol.width + column] === 1;
  return drawModules(frame, symbol.width, symbol.rows, isDark, modulePx, modulePx * PDF417_ROW_MODULES);
}

/** PNG of a frame, for looking at a fixture by eye. */
export function frameAsPng(frame: Gray8Frame): Buffer {
  const png = new PNG({ width: frame.width, height: frame.height, colorType: 0, inputColorType: 0, inputHasAlpha: false });
  png.data = Buffer.from(frame.pixels);
  return PNG.sync.write(png, { colorType: 0, inputColorType: 0, inputHasAlpha: false });
}
