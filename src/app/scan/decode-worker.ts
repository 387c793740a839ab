/// <reference lib="webworker" />
import { prepareZXingModule } from 'zxing-wasm/reader';
import wasmUrl from 'zxing-wasm/reader/zxing_reader.wasm?url';
import { createFrameLooks } from './frame-looks';
import type { FromDecoder, ToDecoder } from './decoder-messages';
import { zxingRead } from './zxing-read';

/**
 * Decoding off the main thread: the door screen stays responsive to taps while ZXing works on a frame.
 * The .wasm comes from our origin (a hashed asset the service worker precaches), never from a CDN, which
 * is where zxing-wasm looks by default.
 */
declare const self: DedicatedWorkerGlobalScope;

prepareZXingModule({
  overrides: { locateFile: (path: string, prefix: string) => (path.endsWith('.wasm') ? new URL(wasmUrl, self.location.href).href : prefix + path) },
});

const looks = createFrameLooks(zxingRead);
let canvas: OffscreenCanvas | undefined;
let context: OffscreenCanvasRenderingContext2D | null = null;

const answer = (message: FromDecoder) => self.postMessage(message);

self.onmessage = async (event: MessageEvent<ToDecoder>) => {
  const { bitmap } = event.data;
  try {
    if (!canvas || canvas.width !== bitmap.width || canvas.height !== bitmap.height) {
      canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
      context = canvas.getContext('2d', { willReadFrequently: true });
    }
    if (!context) throw new Error('no 2d context in the decoding worker');
    context.drawImage(bitmap, 0, 0);
    const found = await looks(context.getImageData(0, 0, bitmap.width, bitmap.height));
    answer({ type: 'looked', found, width: bitmap.width, height: bitmap.height });
  } catch (error) {
    answer({ type: 'broken', reason: String(error) });
  } finally {
    bitmap.close();
  }
};
