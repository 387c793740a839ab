import { pdf417Modules, type Gray8Frame } from './barcode-frames';

/**
 * A cédula's back as a door camera sees it when a person holds the card up: the card (with its PDF417)
 * on a darker background, turned, tilted, out of focus, lit unevenly, with glare and sensor noise.
 * Pure pixel operations on 8-bit luma, deterministic for a given seed.
 */
export interface CardPhotoOptions {
  width: number;
  height: number;
  /** Card width over frame width (0.6–0.95 at a door). */
  fill: number;
  /** Degrees, positive is clockwise on screen. */
  rotation?: number;
  /** Tilt about the card's vertical axis: the left edge looks this fraction shorter than the right (and back). */
  tilt?: number;
  /** Box-blur radius in pixels (applied twice, close to a Gaussian); 0 keeps only the lens's mild softness. */
  blur?: number;
  /** Standard deviation of the sensor noise, in luma steps. */
  noise?: number;
  /** Brightest spot over darkest across the frame: 1 is even light, 0.55 a lamp to one side. */
  light?: number;
  /** Strength (0–1) of a diagonal glare band crossing the code. */
  glare?: number;
  /** Luma of the darkest ink and the brightest card (a dull card in dim light is close together). */
  ink?: number;
  paper?: number;
  seed?: number;
  /** Share (0–1) of the code's modules flipped: 0.5 leaves a code-like pattern no decoder can read. */
  scramble?: number;
}

// ID-1 card: 85.6 × 54 mm. The cédula's PDF417 spans most of its back (docs/cedula-barcodes.md).
const CARD_ASPECT = 54 / 85.6;
const CODE_WIDTH_ON_CARD = 0.86;
const CODE_COLUMNS = 11;
const ROW_MODULES = 3;
const BACKGROUND = 80;

export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The 3×3 matrix (row-major, h33 = 1) taking the four `from` points onto the four `to` points. */
export function homography(from: readonly [number, number][], to: readonly [number, number][]): number[] {
  const a: number[][] = [];
  for (let i = 0; i < 4; i++) {
    const [x, y] = from[i]!;
    const [u, v] = to[i]!;
    a.push([x, y, 1, 0, 0, 0, -u * x, -u * y, u]);
    a.push([0, 0, 0, x, y, 1, -v * x, -v * y, v]);
  }
  for (let column = 0; column < 8; column++) {
    let pivot = column;
    for (let row = column + 1; row < 8; row++) if (Math.abs(a[row]![column]!) > Math.abs(a[pivot]![column]!)) pivot = row;
    [a[column], a[pivot]] = [a[pivot]!, a[column]!];
    for (let row = 0; row < 8; row++) {
      if (row === column) continue;
      const factor = a[row]![column]! / a[column]![column]!;
      for (let k = column; k < 9; k++) a[row]![k]! -= factor * a[column]![k]!;
    }
  }
  return [...Array.from({ length: 8 }, (_, i) => a[i]![8]! / a[i]![i]!), 1];
}

function boxBlur(pixels: Float32Array, width: number, height: number, radius: number): Float32Array {
  if (radius <= 0) return pixels;
  const out = new Float32Array(pixels.length);
  const span = 2 * radius + 1;
  for (let y = 0; y < height; y++) {
    const row = y * width;
    let sum = 0;
    for (let x = -radius; x <= radius; x++) sum += pixels[row + Math.min(width - 1, Math.max(0, x))]!;
    for (let x = 0; x < width; x++) {
      out[row + x] = sum / span;
      sum += pixels[row + Math.min(width - 1, x + radius + 1)]! - pixels[row + Math.max(0, x - radius)]!;
    }
  }
  const result = new Float32Array(pixels.length);
  for (let x = 0; x < width; x++) {
    let sum = 0;
    for (let y = -radius; y <= radius; y++) sum += out[Math.min(height - 1, Math.max(0, y)) * width + x]!;
    for (let y = 0; y < height; y++) {
      result[y * width + x] = sum / span;
      sum += out[Math.min(height - 1, y + radius + 1) * width + x]! - out[Math.max(0, y - radius) * width + x]!;
    }
  }
  return result;
}

/** Mild lens softness every photo has: a [1 2 1] kernel both ways. */
function soften(pixels: Float32Array, width: number, height: number): Float32Array {
  const out = new Float32Array(pixels.length);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const i = y * width + x;
      out[i] = (pixels[i - (x > 0 ? 1 : 0)]! + 2 * pixels[i]! + pixels[i + (x < width - 1 ? 1 : 0)]!) / 4;
    }
  }
  const result = new Float32Array(pixels.length);
  for (let y = 0; y < height; y++) {
    const up = y > 0 ? -width : 0;
    const down = y < height - 1 ? width : 0;
    for (let x = 0; x < width; x++) {
      const i = y * width + x;
      result[i] = (out[i + up]! + 2 * out[i]! + out[i + down]!) / 4;
    }
  }
  return result;
}

export function cardPhoto(bytes: Uint8Array, options: CardPhotoOptions): Gray8Frame {
  const { width, height, fill } = options;
  const random = mulberry32(options.seed ?? 1);
  const ink = options.ink ?? 25;
  const paper = options.paper ?? 225;
  const symbol = pdf417Modules(bytes, CODE_COLUMNS);

  // The card in its own plane: x 0..1, y 0..CARD_ASPECT; the code centred on it.
  const codeWidth = CODE_WIDTH_ON_CARD;
  const codeHeight = (codeWidth * symbol.rows * ROW_MODULES) / symbol.width;
  const codeLeft = (1 - codeWidth) / 2;
  const codeTop = (CARD_ASPECT - codeHeight) / 2;

  // Where the card's corners land in the frame: scaled, turned about its centre, one side foreshortened.
  const cardWidth = fill * width;
  const cardHeight = cardWidth * CARD_ASPECT;
  const angle = ((options.rotation ?? 0) * Math.PI) / 180;
  const tilt = options.tilt ?? 0;
  const centreX = width / 2 + (random() - 0.5) * (width - cardWidth) * 0.3;
  const centreY = height / 2 + (random() - 0.5) * Math.max(0, height - cardHeight) * 0.3;
  const corners: [number, number][] = [
    [-cardWidth / 2, (-cardHeight / 2) * (1 - tilt)],
    [cardWidth / 2, (-cardHeight / 2) * (1 + tilt)],
    [cardWidth / 2, (cardHeight / 2) * (1 + tilt)],
    [-cardWidth / 2, (cardHeight / 2) * (1 - tilt)],
  ].map(([x, y]) => [centreX + x! * Math.cos(angle) - y! * Math.sin(angle), centreY + x! * Math.sin(angle) + y! * Math.cos(angle)]);
  const toCard = homography(corners, [
    [0, 0],
    [1, 0],
    [1, CARD_ASPECT],
    [0, CARD_ASPECT],
  ]);

  const scramble = options.scramble ?? 0;
  // A fixed pseudo-random choice per module (an integer hash), so every sample of a module agrees.
  const flipped = (module: number) => scramble > 0 && ((Math.imul(module ^ 0x9e3779b9, 0x85ebca6b) >>> 0) % 1000) / 1000 < scramble;
  const sample = (px: number, py: number): number => {
    const w = toCard[6]! * px + toCard[7]! * py + 1;
    const u = (toCard[0]! * px + toCard[1]! * py + toCard[2]!) / w;
    const v = (toCard[3]! * px + toCard[4]! * py + toCard[5]!) / w;
    if (u < 0 || u > 1 || v < 0 || v > CARD_ASPECT) return BACKGROUND;
    const column = Math.floor(((u - codeLeft) / codeWidth) * symbol.width);
    const row = Math.floor(((v - codeTop) / codeHeight) * symbol.rows);
    if (column < 0 || column >= symbol.width || row < 0 || row >= symbol.rows) return paper;
    const dark = symbol.dark[row * symbol.width + column] === 1;
    return dark !== flipped(row * symbol.width + column) ? ink : paper;
  };

  // 2×2 samples a pixel: a sensor integrates light, edges are grey, not jagged.
  let pixels: Float32Array<ArrayBufferLike> = new Float32Array(width * height);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      pixels[y * width + x] =
        (sample(x + 0.25, y + 0.25) + sample(x + 0.75, y + 0.25) + sample(x + 0.25, y + 0.75) + sample(x + 0.75, y + 0.75)) / 4;
    }
  }
  pixels = soften(pixels, width, height);
  const blur = Math.round(options.blur ?? 0);
  pixels = boxBlur(boxBlur(pixels, width, height, blur), width, height, blur);

  const light = options.light ?? 1;
  const glare = options.glare ?? 0;
  const noise = options.noise ?? 0;
  // A lamp to one side (a random side), and a glare band crossing near the centre at a slant.
  const lampAngle = random() * 2 * Math.PI;
  const [lampX, lampY] = [Math.cos(lampAngle), Math.sin(lampAngle)];
  const glareSlope = 0.3 + random() * 0.6;
  const glareOffset = (random() - 0.5) * 0.3 * width;
  const glareHalfWidth = 0.05 * width;
  const out = new Uint8Array(width * height);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const i = y * width + x;
      let value = pixels[i]!;
      if (light < 1) {
        const along = ((x / width - 0.5) * lampX + (y / height - 0.5) * lampY) / Math.SQRT2 + 0.5; // 0..1
        value *= light + (1 - light) * along;
      }
      if (glare > 0) {
        const distance = Math.abs(x - width / 2 - glareOffset - (y - height / 2) * glareSlope) / glareHalfWidth;
        if (distance < 2) value += (255 - value) * glare * Math.exp(-distance * distance);
      }
      if (noise > 0) {
        // Box–Muller: one normal sample from two uniforms.
        value += noise * Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
      }
      out[i] = Math.max(0, Math.min(255, Math.round(value)));
    }
  }
  return { width, height, pixels: out };
}

/** The kinds of trouble the corpus is made of; each is reported with its own decode rate. */
export const PERTURBATIONS = ['level', 'rotation', 'perspective', 'blur', 'noise', 'glare', 'low_contrast', 'hand_held'] as const;
export type Perturbation = (typeof PERTURBATIONS)[number];

/**
 * One photo of a kind, its strength drawn from the range a hand at a door produces. Every kind keeps a
 * little of the hand (±2°, a card filling 60–95 % of the width), so "level" is the only exactly straight one.
 */
export function perturbedCard(bytes: Uint8Array, kind: Perturbation, size: { width: number; height: number }, seed: number): Gray8Frame {
  const random = mulberry32(seed * 7919 + 17);
  const between = (low: number, high: number) => low + random() * (high - low);
  const sign = () => (random() < 0.5 ? -1 : 1);
  const base: CardPhotoOptions = { ...size, fill: between(0.6, 0.95), rotation: kind === 'level' ? 0 : between(-2, 2), seed };
  switch (kind) {
    case 'level':
      return cardPhoto(bytes, base);
    case 'rotation':
      return cardPhoto(bytes, { ...base, rotation: sign() * between(3, 10) });
    case 'perspective':
      return cardPhoto(bytes, { ...base, tilt: sign() * between(0.04, 0.1) });
    case 'blur':
      return cardPhoto(bytes, { ...base, blur: size.width >= 1920 ? 2 : 1 });
    case 'noise':
      return cardPhoto(bytes, { ...base, noise: between(8, 14) });
    case 'glare':
      return cardPhoto(bytes, { ...base, glare: between(0.5, 0.8), light: between(0.6, 0.8) });
    case 'low_contrast':
      return cardPhoto(bytes, { ...base, ink: between(95, 110), paper: between(165, 180) });
    case 'hand_held':
      return cardPhoto(bytes, {
        ...base,
        rotation: between(-10, 10),
        tilt: between(-0.06, 0.06),
        blur: 1,
        noise: between(4, 8),
        light: between(0.65, 0.9),
        glare: random() < 0.5 ? between(0.3, 0.6) : 0,
      });
  }
}
