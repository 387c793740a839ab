import { cutLevel, findCodePatch, lumaOf, rgbaOf, type LumaImage } from './straighten';
import type { ScanFormat } from './scanner';

/** A frame as the decoder takes it (ImageData's shape; plain objects in Node). */
export interface RgbaFrame {
  width: number;
  height: number;
  data: Uint8ClampedArray;
}

export type Binarizer = 'LocalAverage' | 'GlobalHistogram';

/** One decoder call: the frame, and how hard to look. Answers the first symbol found. */
export type ReadFrame = (
  frame: RgbaFrame,
  how: { binarizer: Binarizer },
) => Promise<{ format: ScanFormat; bytes: Uint8Array; text: string } | undefined>;

export interface Found {
  format: ScanFormat;
  /** A PDF417's bytes as latin-1 (one character per byte); a QR's text as decoded. */
  text: string;
  /** Which look found it, for the benchmark and tests. */
  look: string;
}

/**
 * What the decoding worker does with each camera frame. A frame whose dense edges run one way (a
 * PDF417's bars) is cut out around them, turned level and enlarged when its modules are thin; any other
 * frame (a pass QR, nothing) is read whole. Frames that miss again vary the look (more zoom, another
 * binarizer, the whole frame), so a code held still in front of the camera meets several looks within a
 * second without any one frame costing them all.
 */
export function createFrameLooks(read: ReadFrame) {
  let misses = 0;
  return async (frame: RgbaFrame): Promise<Found | undefined> => {
    const luma = lumaOf(frame.data, frame.width, frame.height);
    const patch = findCodePatch(luma);
    // A barred patch is a PDF417: ZXing-C++ misses it on the whole frame as soon as it leans a degree or
    // two, so it goes straight to the straightened look (smaller, and read on the first frame). Every
    // third miss the whole frame is looked at too, in case the patch was not the code.
    if (!patch?.barred || misses % VARIANTS.length === VARIANTS.length - 1) {
      const whole = await read(frame, { binarizer: 'LocalAverage' });
      if (whole) {
        misses = 0;
        return found(whole, 'frame');
      }
      if (!patch?.barred) return undefined;
    }
    const { zoomFor, binarizer, name } = VARIANTS[misses % VARIANTS.length]!;
    misses++;
    const level = cutLevel(luma, patch.region, patch.angle, zoomFor(patch.region.width));
    const straight = await read(rgbaOf(level), { binarizer });
    if (!straight) return undefined;
    misses = 0;
    return found(straight, name);
  };
}

// Modules under ~3.5 px blur away when turned (bilinear): a code narrower than 1,100 px (on a 1280-wide
// frame, a card at 60–80 % of the width) is cut out 1.5× larger.
const VARIANTS: { name: string; zoomFor: (regionWidth: number) => number; binarizer: Binarizer }[] = [
  { name: 'level', zoomFor: (width) => (width < 1100 ? 1.5 : 1), binarizer: 'LocalAverage' },
  { name: 'level-zoom', zoomFor: (width) => (width < 1100 ? 2 : 1.5), binarizer: 'LocalAverage' },
  { name: 'level-histogram', zoomFor: (width) => (width < 1100 ? 1.5 : 1), binarizer: 'GlobalHistogram' },
];

function found(result: { format: ScanFormat; bytes: Uint8Array; text: string }, look: string): Found {
  // PDF417 on a cédula is latin-1 bytes: kept byte for byte (src/core/cedula/latin1-text.ts reads them).
  const text = result.format === 'pdf417' ? Array.from(result.bytes, (byte) => String.fromCharCode(byte)).join('') : result.text;
  return { format: result.format, text, look };
}

export type { LumaImage };
