import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTempServer, type TempServer } from '../support/temp-server';

let server: TempServer;
beforeAll(async () => {
  server = await startTempServer();
  await mkdir(join(server.root, 'static'), { recursive: true });
  await writeFile(join(server.root, 'static', 'index.html'), '<!doctype html><title>Cabildo</title>');
});
afterAll(() => server.dispose());

const directives = (csp: string | null) => new Map((csp ?? '').split(';').map((d) => d.trim().split(/\s+/)).map(([name, ...values]) => [name!, values]));

describe('security headers on every response', () => {
  it.each([
    ['the app shell', '/'],
    ['a deep link', '/eventos/uno'],
    ['a public API answer', '/api/v1/health'],
    ['a refused API request', '/api/v1/users'],
    ['an unknown API path', '/api/v1/no-existe'],
  ])('%s carries a strict, self-hosted Content-Security-Policy', async (_name, path) => {
    const response = await fetch(`${server.url}${path}`);
    await response.arrayBuffer();
    const csp = directives(response.headers.get('content-security-policy'));
    expect(csp.get('default-src')).toEqual(["'self'"]);
    expect(csp.get('script-src')).toEqual(["'self'", "'wasm-unsafe-eval'"]);
    expect(csp.get('style-src')).toEqual(["'self'", "'unsafe-inline'"]);
    expect(csp.get('img-src')).toEqual(["'self'", 'data:', 'blob:']);
    expect(csp.get('media-src')).toEqual(["'self'", 'blob:']);
    expect(csp.get('worker-src')).toEqual(["'self'"]);
    expect(csp.get('connect-src')).toEqual(["'self'"]);
    expect(csp.get('object-src')).toEqual(["'none'"]);
    expect(csp.get('frame-ancestors')).toEqual(["'none'"]);
    expect(csp.get('base-uri')).toEqual(["'none'"]);
    expect(csp.get('form-action')).toEqual(["'self'"]);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('x-frame-options')).toBe('SAMEORIGIN');
    expect(response.headers.get('referrer-policy')).toBe('no-referrer');
    expect(response.headers.get('permissions-policy')).toMatch(/camera=\(self\)/);
    expect(response.headers.get('strict-transport-security')).toBeNull();
  });
});

describe('HSTS only when served over HTTPS', () => {
  it('behind a proxy that says https, answers carry Strict-Transport-Security for this host only', async () => {
    const response = await fetch(`${server.url}/api/v1/health`, { headers: { 'x-forwarded-proto': 'https' } });
    await response.arrayBuffer();
    const hsts = response.headers.get('strict-transport-security');
    expect(hsts).toMatch(/^max-age=\d+$/);
    expect(Number(hsts!.split('=')[1])).toBeGreaterThanOrEqual(180 * 24 * 3600);
  });

  it('over plain HTTP (a municipal LAN) there is none', async () => {
    const response = await fetch(`${server.url}/`, { headers: { 'x-forwarded-proto': 'http' } });
    await response.arrayBuffer();
    expect(response.headers.get('strict-transport-security')).toBeNull();
  });
});
