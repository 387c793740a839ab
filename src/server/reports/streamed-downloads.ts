import { once } from 'node:events';
import { PassThrough, Readable } from 'node:stream';
import type { Context } from 'hono';
import type { Result } from '../../core/result';
import { safeFileName } from './downloads';
import type { ByteSink } from './xlsx/zip-writer';

/** Writes a download's bytes into `sink`; `gone` is aborted when the client goes away or stops reading. */
export type DownloadWriter = (sink: ByteSink, gone: AbortSignal) => Promise<Result<void>>;

/**
 * A download written while it is read: bytes go out as they are made, so memory stays flat whatever the
 * number of rows, and a slow client slows the writer instead of filling memory (backpressure: the sink
 * resolves once the client has room). Once the first bytes are out an error can no longer become a problem
 * answer: the download is cut short (the client sees an incomplete file, never a complete-looking wrong one)
 * and the error is logged.
 */
/**
 * A client that takes none of the download for this long is let go: an export holds a worker (and its database
 * connection) that other people's exports queue behind.
 */
export const STALLED_CLIENT_MS = 60_000;

export function streamDownload(
  c: Context,
  contentType: string,
  filename: string,
  write: DownloadWriter,
  logError: (e: unknown) => void,
  stalledAfterMs = STALLED_CLIENT_MS,
): Response {
  const out = new PassThrough();
  const client = new AbortController();
  // After the last byte too: by then nothing listens.
  out.once('close', () => client.abort(new Error('La descarga se interrumpió: el cliente cerró la conexión.')));
  const sink: ByteSink = async (chunk) => {
    client.signal.throwIfAborted();
    out.write(chunk);
    if (!out.writableNeedDrain) return;
    try {
      await once(out, 'drain', { signal: AbortSignal.any([client.signal, AbortSignal.timeout(stalledAfterMs)]) });
    } catch (error) {
      if (!client.signal.aborted) client.abort(new Error('La descarga se interrumpió: el cliente dejó de leer.'));
      out.destroy();
      throw error;
    }
  };
  write(sink, client.signal).then(
    (written) => {
      if (written.ok) return void out.end();
      logError(new Error(JSON.stringify(written.problem)));
      out.destroy(new Error(written.problem.code));
    },
    (error: unknown) => {
      // A client that went away is no fault of ours.
      if (!client.signal.aborted) logError(error);
      out.destroy(error instanceof Error ? error : new Error(String(error)));
    },
  );
  return c.body(Readable.toWeb(out) as ReadableStream<Uint8Array>, 200, {
    'Content-Type': contentType,
    'Content-Disposition': `attachment; filename="${safeFileName(filename)}"`,
  });
}
