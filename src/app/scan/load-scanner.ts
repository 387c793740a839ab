import type { Scanner } from './scanner';

/**
 * html5-qrcode (with ZXing, ~350 KB) loads only when a door screen opens its camera: it must stay out
 * of the first bundle. The service worker precaches the chunk, so it also loads offline.
 */
export async function createCameraScanner(element: HTMLElement): Promise<Scanner> {
  const { createHtml5QrcodeScanner } = await import('./html5-qrcode-scanner');
  return createHtml5QrcodeScanner(element);
}
