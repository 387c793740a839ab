/**
 * Reports are computed on the server, which takes longer than loading the screen's code: the request
 * starts as soon as the route is chosen, in parallel with the lazy chunks, and the screen's loader takes
 * the answer from here. Kept tiny (no zod, no chart code): it is part of the startup bundle.
 */
const pending = new Map<string, Promise<Response>>();

export function prefetchReport(url: string): void {
  if (typeof navigator !== 'undefined' && navigator.onLine === false) return;
  const request = fetch(url, { credentials: 'same-origin', headers: { accept: 'application/json' } });
  // A failed prefetch is not reported here: the loader gets the same rejection and says "offline".
  request.catch(() => undefined);
  pending.set(url, request);
}

/** The prefetched answer for this URL, once (a retry or a later visit asks the server again). */
export function takePrefetched(url: string): Promise<Response> | undefined {
  const request = pending.get(url);
  pending.delete(url);
  return request;
}
