/**
 * Files that name the current version of the app must be revalidated every time,
 * or a phone keeps an old service worker; files under /assets/ carry a content hash
 * in their name, so they never change and can be kept for a year.
 */
const ALWAYS_REVALIDATE = new Set(['/index.html', '/sw.js', '/manifest.webmanifest', '/registerSW.js']);
const WORKBOX_RUNTIME = /^\/workbox-[\w.-]+\.js$/;

export function cacheControlFor(urlPath: string): string {
  if (ALWAYS_REVALIDATE.has(urlPath) || WORKBOX_RUNTIME.test(urlPath)) return 'no-cache';
  if (urlPath.startsWith('/assets/')) return 'public, max-age=31536000, immutable';
  return 'public, max-age=600';
}
