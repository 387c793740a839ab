import type { Scanner } from './scanner';

/**
 * The camera scanner loads only when a door screen opens its camera: it stays out of the first bundle.
 * Its worker and ZXing's .wasm are separate files the service worker precaches, so it also loads offline.
 */
export async function createCameraScanner(element: HTMLElement): Promise<Scanner> {
  const { createZxingCameraScanner } = await import('./zxing-camera-scanner');
  return createZxingCameraScanner(element);
}
