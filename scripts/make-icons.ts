/**
 * One-off generator of the PWA icons in public/icons (the PNGs are committed; run again only to
 * change the design): `npx tsx scripts/make-icons.ts`. A "C" ring with a check mark, drawn with
 * 4×4 supersampling. Maskable icons keep everything inside the central 80% safe zone.
 */
import { writeFileSync } from 'node:fs';
import { PNG } from 'pngjs';

type Rgb = [number, number, number];
const BRAND: Rgb = [0x0b, 0x3d, 0x91];
const WHITE: Rgb = [0xff, 0xff, 0xff];
const YELLOW: Rgb = [0xff, 0xbf, 0x47];

function segmentDistance(px: number, py: number, ax: number, ay: number, bx: number, by: number): number {
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}

/** Colour at a point of the unit square, or undefined for transparent. */
function sample(x: number, y: number, rounded: boolean): Rgb | undefined {
  if (rounded) {
    const r = 0.18;
    const cx = Math.min(Math.max(x, r), 1 - r);
    const cy = Math.min(Math.max(y, r), 1 - r);
    if (Math.hypot(x - cx, y - cy) > r) return undefined;
  }
  const check =
    Math.min(segmentDistance(x, y, 0.39, 0.5, 0.47, 0.59), segmentDistance(x, y, 0.47, 0.59, 0.63, 0.41)) < 0.035;
  if (check) return YELLOW;
  const d = Math.hypot(x - 0.5, y - 0.5);
  const angle = Math.abs(Math.atan2(y - 0.5, x - 0.5));
  if (d > 0.2 && d < 0.3 && angle > (40 * Math.PI) / 180) return WHITE;
  return BRAND;
}

function icon(size: number, rounded: boolean, file: string): void {
  const png = new PNG({ width: size, height: size });
  const n = 4;
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let r = 0, g = 0, b = 0, a = 0;
      for (let sy = 0; sy < n; sy++) {
        for (let sx = 0; sx < n; sx++) {
          const c = sample((px + (sx + 0.5) / n) / size, (py + (sy + 0.5) / n) / size, rounded);
          if (!c) continue;
          r += c[0]; g += c[1]; b += c[2]; a++;
        }
      }
      const i = (py * size + px) * 4;
      png.data[i] = a ? Math.round(r / a) : 0;
      png.data[i + 1] = a ? Math.round(g / a) : 0;
      png.data[i + 2] = a ? Math.round(b / a) : 0;
      png.data[i + 3] = Math.round((a / (n * n)) * 255);
    }
  }
  writeFileSync(file, PNG.sync.write(png));
}

icon(192, true, 'public/icons/icon-192.png');
icon(512, true, 'public/icons/icon-512.png');
icon(512, false, 'public/icons/maskable-512.png');
icon(180, false, 'public/icons/apple-touch-icon-180.png');
