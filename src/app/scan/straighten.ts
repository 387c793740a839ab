/**
 * Second looks at a camera frame whose PDF417 the first decode missed. ZXing-C++ reads a PDF417 only when
 * its rows run nearly level (docs/cedula-barcodes.md: 1–5° already defeats it), and a hand holds a card at
 * ±10°. So: find where the code is (the patch of dense edges), measure which way its bars lean (the
 * dominant edge direction, from the structure tensor of the luma gradient), and cut that patch out
 * turned level, a little enlarged when its modules are thin. Pure pixel work on 8-bit luma: it runs in
 * the decoding worker, and in Node for tests.
 */
export interface LumaImage {
  width: number;
  height: number;
  /** Row-major, one byte a pixel. */
  pixels: Uint8Array;
}

export interface Region {
  left: number;
  top: number;
  width: number;
  height: number;
}

export interface CodePatch {
  /** Degrees the code is turned clockwise on screen; a look turns it back by as much. */
  angle: number;
  /** Where the dense edges are, in frame pixels. */
  region: Region;
  /**
   * Whether the edges mostly run one way (bars, as in a PDF417) rather than every way (a QR's squares):
   * the structure tensor's coherence, (λ1 − λ2) / (λ1 + λ2), is high for bars.
   */
  barred: boolean;
}

// A PDF417's edges run about three times more often along its bars than across (coherence ≈ 0.5); a
// QR's run both ways equally (≈ 0).
const BARRED_COHERENCE = 0.25;

/** Luma from RGBA with ZXing's integer weights, so both see the same grey. */
export function lumaOf(rgba: Uint8ClampedArray | Uint8Array, width: number, height: number): LumaImage {
  const pixels = new Uint8Array(width * height);
  for (let i = 0, j = 0; i < pixels.length; i++, j += 4) {
    pixels[i] = (306 * rgba[j]! + 601 * rgba[j + 1]! + 117 * rgba[j + 2]! + 0x200) >> 10;
  }
  return { width, height, pixels };
}

/** RGBA (grey) from luma: what the decoder takes. */
export function rgbaOf(image: LumaImage): { width: number; height: number; data: Uint8ClampedArray } {
  const data = new Uint8ClampedArray(image.width * image.height * 4);
  for (let i = 0, j = 0; i < image.pixels.length; i++, j += 4) {
    const value = image.pixels[i]!;
    data[j] = value;
    data[j + 1] = value;
    data[j + 2] = value;
    data[j + 3] = 255;
  }
  return { width: image.width, height: image.height, data };
}

// Edges are measured on a half-size copy: bars of 2–5 px stay visible, and the work is a quarter.
const STEP = 2;
// Blocks (in half-size pixels) whose edge energy places the code.
const BLOCK = 12;
// A block belongs to the code when its edge energy is at least this share of the strong blocks' level.
const CODE_SHARE = 0.35;

/** Where the code sits and how it leans; undefined when the frame has no patch of dense edges. */
export function findCodePatch(image: LumaImage): CodePatch | undefined {
  const width = Math.floor(image.width / STEP);
  const height = Math.floor(image.height / STEP);
  if (width < 3 * BLOCK || height < 3 * BLOCK) return undefined;
  const small = new Float32Array(width * height);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const i = y * STEP * image.width + x * STEP;
      small[y * width + x] = image.pixels[i]! + image.pixels[i + 1]! + image.pixels[i + image.width]! + image.pixels[i + image.width + 1]!;
    }
  }
  const columns = Math.floor(width / BLOCK);
  const rows = Math.floor(height / BLOCK);
  const xx = new Float64Array(columns * rows);
  const yy = new Float64Array(columns * rows);
  const xy = new Float64Array(columns * rows);
  for (let y = 1; y < rows * BLOCK - 1; y++) {
    for (let x = 1; x < columns * BLOCK - 1; x++) {
      const i = y * width + x;
      const gx = small[i + 1]! - small[i - 1]!;
      const gy = small[i + width]! - small[i - width]!;
      const block = Math.floor(y / BLOCK) * columns + Math.floor(x / BLOCK);
      xx[block]! += gx * gx;
      yy[block]! += gy * gy;
      xy[block]! += gx * gy;
    }
  }
  const energy = Array.from(xx, (value, block) => value + yy[block]!);
  const sorted = [...energy].sort((a, b) => a - b);
  const strong = sorted[Math.floor(sorted.length * 0.95)]!;
  if (strong <= 0) return undefined;
  // Code blocks: dense edges, and edges that mostly share one direction (bars), unlike text or a card edge.
  let left = columns;
  let right = -1;
  let top = rows;
  let bottom = -1;
  let sumXX = 0;
  let sumYY = 0;
  let sumXY = 0;
  for (let row = 0; row < rows; row++) {
    for (let column = 0; column < columns; column++) {
      const block = row * columns + column;
      if (energy[block]! < CODE_SHARE * strong) continue;
      left = Math.min(left, column);
      right = Math.max(right, column);
      top = Math.min(top, row);
      bottom = Math.max(bottom, row);
      sumXX += xx[block]!;
      sumYY += yy[block]!;
      sumXY += xy[block]!;
    }
  }
  if (right < 0) return undefined;
  // The gradient's dominant direction (doubled-angle average); bars upright means gradients along x.
  const lean = 0.5 * Math.atan2(2 * sumXY, sumXX - sumYY);
  const scale = BLOCK * STEP;
  const region = { left: left * scale, top: top * scale, width: (right - left + 1) * scale, height: (bottom - top + 1) * scale };
  // The tensor only points the way (thin bars alias on the half-size copy and it overshoots): the
  // projection across the bars settles the angle.
  const rough = (lean * 180) / Math.PI;
  const coarse = sharpestLean(image, region, rough, 6, 1, 6);
  const coherence = Math.hypot(sumXX - sumYY, 2 * sumXY) / (sumXX + sumYY);
  return {
    angle: sharpestLean(image, region, coarse, 1, 0.25, 4),
    region,
    barred: coherence >= BARRED_COHERENCE,
  };
}

/**
 * The angle within `around ± span` (degrees, in `step`s; every `rowStep`-th row sampled) at which the code's bars line up best: the
 * region's luma summed along the bars' direction changes most sharply from one bin to the next. The start
 * and stop patterns, the same in every row, make the peak.
 */
export function sharpestLean(image: LumaImage, region: Region, around: number, span: number, step: number, rowStep: number): number {
  const centreX = region.left + region.width / 2;
  const centreY = region.top + region.height / 2;
  const reach = Math.ceil(Math.hypot(region.width, region.height) / 2) + 1;
  const sums = new Float64Array(2 * reach + 1);
  const counts = new Uint32Array(2 * reach + 1);
  const top = Math.max(0, region.top);
  const bottom = Math.min(image.height, region.top + region.height);
  const left = Math.max(0, region.left);
  const right = Math.min(image.width, region.left + region.width);
  let best = around;
  let bestScore = -1;
  for (let angle = around - span; angle <= around + span + 1e-9; angle += step) {
    const radians = (angle * Math.PI) / 180;
    const cos = Math.cos(radians);
    const sin = Math.sin(radians);
    sums.fill(0);
    counts.fill(0);
    for (let y = top; y < bottom; y += rowStep) {
      const row = y * image.width;
      const base = (y - centreY) * sin + reach;
      for (let x = left; x < right; x++) {
        const bin = Math.round((x - centreX) * cos + base);
        sums[bin]! += image.pixels[row + x]!;
        counts[bin]!++;
      }
    }
    let score = 0;
    let previous: number | undefined;
    for (let bin = 0; bin < sums.length; bin++) {
      if (counts[bin]! < 8) {
        previous = undefined;
        continue;
      }
      const mean = sums[bin]! / counts[bin]!;
      if (previous !== undefined) score += (mean - previous) ** 2;
      previous = mean;
    }
    if (score > bestScore) {
      bestScore = score;
      best = angle;
    }
  }
  return best;
}

/**
 * The region around `patch`, turned back by `angle` degrees and enlarged `zoom` times (bilinear), with a
 * quiet margin. Pixels outside the frame come out white.
 */
export function cutLevel(image: LumaImage, region: Region, angle: number, zoom = 1): LumaImage {
  const radians = (angle * Math.PI) / 180;
  const cos = Math.cos(radians);
  const sin = Math.sin(radians);
  const centreX = region.left + region.width / 2;
  const centreY = region.top + region.height / 2;
  // The upright box that holds the turned region, plus a margin of 4 % a side.
  const boxWidth = (Math.abs(region.width * cos) + Math.abs(region.height * sin)) * 1.08;
  const boxHeight = (Math.abs(region.width * sin) + Math.abs(region.height * cos)) * 1.08;
  const width = Math.max(2, Math.round(boxWidth * zoom));
  const height = Math.max(2, Math.round(boxHeight * zoom));
  const pixels = new Uint8Array(width * height);
  const last = { x: image.width - 1, y: image.height - 1 };
  for (let y = 0; y < height; y++) {
    const dy = (y + 0.5) / zoom - boxHeight / 2;
    for (let x = 0; x < width; x++) {
      const dx = (x + 0.5) / zoom - boxWidth / 2;
      // Output pixel → frame pixel: turn by +angle (the code leans by angle; the output is level).
      const sx = centreX + dx * cos - dy * sin - 0.5;
      const sy = centreY + dx * sin + dy * cos - 0.5;
      if (sx < 0 || sy < 0 || sx >= last.x || sy >= last.y) {
        pixels[y * width + x] = 255;
        continue;
      }
      const x0 = Math.floor(sx);
      const y0 = Math.floor(sy);
      const fx = sx - x0;
      const fy = sy - y0;
      const i = y0 * image.width + x0;
      const topValue = image.pixels[i]! + (image.pixels[i + 1]! - image.pixels[i]!) * fx;
      const bottomValue = image.pixels[i + image.width]! + (image.pixels[i + image.width + 1]! - image.pixels[i + image.width]!) * fx;
      pixels[y * width + x] = Math.round(topValue + (bottomValue - topValue) * fy);
    }
  }
  return { width, height, pixels };
}
