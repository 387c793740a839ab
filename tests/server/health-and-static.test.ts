import { mkdir, writeFile } from 'node:fs/promises';
import { request } from 'node:http';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTempServer, type TempServer } from './support/temp-server';

let server: TempServer;
beforeAll(async () => {
  server = await startTempServer();
  const dir = join(server.root, 'static');
  await mkdir(join(dir, 'assets'), { recursive: true });
  await writeFile(join(dir, 'index.html'), '<!doctype html><title>Cabildo</title>');
  await writeFile(join(dir, 'sw.js'), 'self.addEventListener("fetch", () => {});');
  await writeFile(join(dir, 'manifest.webmanifest'), '{"name":"Cabildo"}');
  await writeFile(join(dir, 'icon-192.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47]));
  await writeFile(join(dir, 'assets', 'app-abc123.js'), 'console.log("app");');
  await writeFile(join(dir, 'assets', 'app-abc123.css'), 'body{}');
  await writeFile(join(server.root, 'secreto.txt'), 'no debe salir');
});
afterAll(() => server.dispose());

/** fetch() normalises paths; raw requests are needed to try a traversal. */
function rawGet(path: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const url = new URL(server.url);
    const req = request({ host: url.hostname, port: url.port, path, method: 'GET' }, (res) => {
      let body = '';
      res.setEncoding('utf8').on('data', (chunk: string) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', reject).end();
  });
}

describe('GET /api/v1/health', () => {
  it('answers ok with the version and the server time', async () => {
    const response = await fetch(`${server.url}/api/v1/health`);
    expect(response.status).toBe(200);
    const body = (await response.json()) as { status: string; version: string; time: string };
    expect(body).toMatchObject({ status: 'ok', version: expect.stringMatching(/^\d+\.\d+\.\d+/) });
    expect(Math.abs(Date.parse(body.time) - Date.now())).toBeLessThan(60_000);
  });
});

describe('unknown API routes', () => {
  it.each(['/api/v1/no-existe', '/api/v2/sync', '/api'])('answers %s with a 404 problem, never the app', async (path) => {
    const response = await fetch(`${server.url}${path}`);
    expect(response.status).toBe(404);
    expect(await response.json()).toMatchObject({ code: 'resource.not_found' });
  });
});

describe('serving the built PWA', () => {
  it.each([
    ['/', 'text/html', 'no-cache'],
    ['/index.html', 'text/html', 'no-cache'],
    ['/sw.js', 'text/javascript', 'no-cache'],
    ['/manifest.webmanifest', 'application/manifest+json', 'no-cache'],
    ['/assets/app-abc123.js', 'text/javascript', 'public, max-age=31536000, immutable'],
    ['/assets/app-abc123.css', 'text/css', 'public, max-age=31536000, immutable'],
    ['/icon-192.png', 'image/png', 'public, max-age=600'],
  ])('serves %s as %s with Cache-Control "%s"', async (path, type, cacheControl) => {
    const response = await fetch(`${server.url}${path}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain(type);
    expect(response.headers.get('cache-control')).toBe(cacheControl);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('referrer-policy')).toBe('no-referrer');
  });

  it('answers a deep link with index.html, not cached', async () => {
    const response = await fetch(`${server.url}/asistencia/evento-1`);
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-cache');
    expect(await response.text()).toContain('<title>Cabildo</title>');
  });

  it('answers a missing hashed asset with 404 instead of HTML', async () => {
    const response = await fetch(`${server.url}/assets/app-000000.js`);
    expect(response.status).toBe(404);
  });

  it('revalidates with the ETag', async () => {
    const first = await fetch(`${server.url}/sw.js`);
    const etag = first.headers.get('etag');
    expect(etag).toBeTruthy();
    const second = await fetch(`${server.url}/sw.js`, { headers: { 'If-None-Match': etag! } });
    expect(second.status).toBe(304);
  });

  it.each(['/..%2fsecreto.txt', '/assets/..%2f..%2fsecreto.txt', '/%2e%2e/secreto.txt', '/../secreto.txt', '/.%2e/secreto.txt'])(
    'never serves files outside the static directory (%s)',
    async (path) => {
      const response = await rawGet(path);
      expect(response.body).not.toContain('no debe salir');
      expect([400, 404, 200]).toContain(response.status);
      if (response.status === 200) expect(response.body).toContain('<title>Cabildo</title>');
    },
  );

  it('refuses an encoded traversal outright with a 400 problem', async () => {
    const response = await rawGet('/..%2f..%2fsecreto.txt');
    expect(response.status).toBe(400);
    expect(JSON.parse(response.body)).toMatchObject({ code: 'request.invalid' });
  });
});
