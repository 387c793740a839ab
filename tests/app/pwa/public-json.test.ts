import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readAhead, readPublic } from '../../../src/app/pwa/public-json';

// A real HTTP server counting what it was asked: the shell's read-ahead must replace the page's own read, once.
let server: Server;
let base: string;
const asked: string[] = [];

beforeAll(async () => {
  server = createServer((request, response) => {
    asked.push(request.url ?? '');
    if (request.url === '/missing') return void response.writeHead(404).end();
    response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ answer: asked.length }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe('public reads asked ahead by the shell', () => {
  it('answers the page from the read asked ahead, then reads again for a later opening', async () => {
    asked.length = 0;
    readAhead([`${base}/settings`]);
    const fetcher: typeof fetch = (input, init) => fetch(input, init);
    expect(await readPublic(`${base}/settings`, fetcher)).toEqual({ answer: 1 });
    expect(asked).toEqual(['/settings']);
    expect(await readPublic(`${base}/settings`, fetcher)).toEqual({ answer: 2 });
    expect(asked).toEqual(['/settings', '/settings']);
  });

  it('gives undefined for an error status or no server, never a throw', async () => {
    const fetcher: typeof fetch = (input, init) => fetch(input, init);
    expect(await readPublic(`${base}/missing`, fetcher)).toBeUndefined();
    expect(await readPublic('http://127.0.0.1:1/nothing', fetcher)).toBeUndefined();
  });
});
