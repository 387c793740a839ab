import { mkdir, writeFile } from 'node:fs/promises';
import { request } from 'node:http';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTempServer, type TempServer } from './support/temp-server';

let server: TempServer;
const script = `export const greeting = ${JSON.stringify('¡Hola, comuna! '.repeat(400))};\n`;
beforeAll(async () => {
  server = await startTempServer();
  const dir = join(server.root, 'static');
  await mkdir(join(dir, 'assets'), { recursive: true });
  await writeFile(join(dir, 'index.html'), '<!doctype html><title>Cabildo</title>');
  await writeFile(join(dir, 'assets', 'app-big123.js'), script);
  await writeFile(join(dir, 'icon.png'), Buffer.alloc(4096, 7));
});
afterAll(() => server.dispose());

/** Raw requests: fetch() would decode the body and hide the encoding. */
function get(path: string, acceptEncoding?: string): Promise<{ headers: Record<string, string | string[] | undefined>; body: Buffer }> {
  return new Promise((resolve, reject) => {
    const url = new URL(server.url);
    const headers = acceptEncoding === undefined ? {} : { 'Accept-Encoding': acceptEncoding };
    const req = request({ host: url.hostname, port: url.port, path, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', reject).end();
  });
}

describe('compressed static files', () => {
  it('sends brotli to browsers that take it, and the bytes decode to the file', async () => {
    const response = await get('/assets/app-big123.js', 'gzip, deflate, br');
    expect(response.headers['content-encoding']).toBe('br');
    expect(response.headers.vary).toContain('Accept-Encoding');
    expect(response.body.length).toBeLessThan(Buffer.byteLength(script) / 4);
    expect(brotliDecompressSync(response.body).toString('utf8')).toBe(script);
  });

  it('falls back to gzip, and to the plain file when nothing is accepted', async () => {
    const gzip = await get('/assets/app-big123.js', 'gzip');
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gzip.body).toString('utf8')).toBe(script);
    const plain = await get('/assets/app-big123.js');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.toString('utf8')).toBe(script);
  });

  it('leaves already-compressed images and tiny files alone', async () => {
    expect((await get('/icon.png', 'br')).headers['content-encoding']).toBeUndefined();
    expect((await get('/index.html', 'br')).headers['content-encoding']).toBeUndefined();
  });
});
