import { get, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { serve, type ServerType } from '@hono/node-server';
import { Hono } from 'hono';
import { afterEach, describe, expect, it } from 'vitest';
import { ok } from '../../../src/core/result';
import { streamDownload } from '../../../src/server/reports/streamed-downloads';

// A real server and a real socket: a client that stops reading fills the kernel's buffers, then the stream's.
const CHUNK = new Uint8Array(64 * 1024);
let server: ServerType | undefined;

afterEach(() => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())));

/** Serves one download of `chunks` chunks; resolves with what the writer saw once it stopped. */
function serveDownload(chunks: number, stalledAfterMs: number) {
  let settle!: (seen: { written: number; gone: boolean; reason: unknown }) => void;
  const writerDone = new Promise<{ written: number; gone: boolean; reason: unknown }>((resolve) => (settle = resolve));
  const app = new Hono().get('/download', (c) =>
    streamDownload(
      c,
      'application/octet-stream',
      'big.bin',
      async (sink, gone) => {
        let written = 0;
        try {
          for (; written < chunks; written++) await sink(CHUNK);
          return ok(undefined);
        } finally {
          settle({ written, gone: gone.aborted, reason: gone.reason });
        }
      },
      () => {},
      stalledAfterMs,
    ),
  );
  return new Promise<{ url: string; writerDone: typeof writerDone }>((resolve) => {
    server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, (info: AddressInfo) =>
      resolve({ url: `http://127.0.0.1:${info.port}/download`, writerDone }),
    );
  });
}

const response = (url: string) => new Promise<IncomingMessage>((resolve, reject) => get(url, resolve).on('error', reject));

describe('a streamed download', () => {
  it('lets go of a client that stops reading: the writer is told the client is gone', async () => {
    // 64 MB: far more than the socket buffers of a loopback connection hold.
    const { url, writerDone } = await serveDownload(1024, 300);
    const res = await response(url);
    res.pause();
    const seen = await writerDone;
    expect(seen.gone).toBe(true);
    expect(String(seen.reason)).toContain('dejó de leer');
    expect(seen.written).toBeLessThan(1024);
    res.destroy();
  });

  it('keeps a client that reads, however long the download', async () => {
    const { url, writerDone } = await serveDownload(256, 300);
    const res = await response(url);
    let bytes = 0;
    res.on('data', (chunk: Buffer) => (bytes += chunk.length));
    await new Promise((resolve) => res.on('end', resolve));
    expect(bytes).toBe(256 * CHUNK.length);
    expect((await writerDone).gone).toBe(false);
  });
});
