import type { Found } from './frame-looks';

/** The page hands the worker one camera frame at a time (transferred, not copied). */
export interface ToDecoder {
  bitmap: ImageBitmap;
}

/** One answer per frame: what it found (if anything), or that the decoder itself cannot run. */
export type FromDecoder = { type: 'looked'; found: Found | undefined; width: number; height: number } | { type: 'broken'; reason: string };
