import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

export type ContentEncoding = 'br' | 'gzip';

const COMPRESSIBLE = /^(text\/|application\/(javascript|json|manifest\+json|xml)|image\/svg\+xml)/;
/** Below this, headers cost more than the bytes saved. */
const MIN_BYTES = 1024;
/** Built files never change while the server runs; their etag names the version. */
const MAX_CACHED = 500;

/** Brotli where the browser takes it (every Chromium does), else gzip; undefined leaves the body as is. */
export function pickEncoding(acceptEncoding: string | undefined, contentType: string, size: number): ContentEncoding | undefined {
  if (size < MIN_BYTES || !COMPRESSIBLE.test(contentType) || !acceptEncoding) return undefined;
  const offered = acceptEncoding.toLowerCase().split(',').map((part) => part.trim().split(';')[0]);
  if (offered.includes('br')) return 'br';
  if (offered.includes('gzip')) return 'gzip';
  return undefined;
}

const cache = new Map<string, Uint8Array<ArrayBuffer>>();

/**
 * Compresses a static file once per version and encoding. Brotli at its top quality is slow,
 * but paid once per file; a cheap phone on a slow network then downloads a third of the bytes.
 */
export function compressedBody(key: string, body: Buffer, encoding: ContentEncoding): Uint8Array<ArrayBuffer> {
  const cacheKey = `${encoding}:${key}`;
  const kept = cache.get(cacheKey);
  if (kept) return kept;
  const compressed = new Uint8Array(
    encoding === 'br'
      ? brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: body.length } })
      : gzipSync(body, { level: 9 }),
  );
  if (cache.size >= MAX_CACHED) cache.delete(cache.keys().next().value as string);
  cache.set(cacheKey, compressed);
  return compressed;
}
