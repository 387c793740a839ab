import { writeFile } from 'node:fs/promises';
import type { Gray8Frame } from './barcode-frames';

/**
 * YUV4MPEG2 (4:2:0) video for Chromium's --use-file-for-fake-video-capture, which plays the file
 * in a loop as the camera. Frames are grayscale: luma is the frame, both chroma planes are 128.
 */
export interface Y4mOptions {
  fps?: number;
}

export function y4mBytes(frames: readonly Gray8Frame[], options: Y4mOptions = {}): Buffer {
  const [first] = frames;
  if (!first) throw new Error('a video needs at least one frame');
  const { width, height } = first;
  // 4:2:0 halves both chroma dimensions, so odd sizes have no exact layout.
  if (width % 2 !== 0 || height % 2 !== 0) throw new Error('Y4M 4:2:0 needs an even width and height');
  const header = Buffer.from(`YUV4MPEG2 W${width} H${height} F${options.fps ?? 15}:1 Ip A1:1 C420\n`, 'latin1');
  const chroma = Buffer.alloc((width / 2) * (height / 2) * 2, 128);
  const parts: Buffer[] = [header];
  for (const frame of frames) {
    if (frame.width !== width || frame.height !== height) throw new Error('all frames must have the same size');
    parts.push(Buffer.from('FRAME\n', 'latin1'), Buffer.from(frame.pixels), chroma);
  }
  return Buffer.concat(parts);
}

export async function writeY4m(path: string, frames: readonly Gray8Frame[], options: Y4mOptions = {}): Promise<void> {
  await writeFile(path, y4mBytes(frames, options));
}

/** A camera that first sees nothing, then holds the code in view for a while (the file loops). */
export function codeSequence(
  code: Gray8Frame,
  counts: { blankFrames?: number; codeFrames?: number } = {},
): Gray8Frame[] {
  const blank: Gray8Frame = { width: code.width, height: code.height, pixels: new Uint8Array(code.pixels.length).fill(255) };
  return [
    ...new Array<Gray8Frame>(counts.blankFrames ?? 5).fill(blank),
    ...new Array<Gray8Frame>(counts.codeFrames ?? 30).fill(code),
  ];
}
