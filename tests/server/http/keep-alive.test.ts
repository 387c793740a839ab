import { Agent, request, type ClientRequest } from 'node:http';
import type { Socket } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_SYNC_BODY_BYTES } from '../../../src/core/sync/protocol';
import { startAuthedServer, type AuthedServer } from '../support/authed-server';

let server: AuthedServer;
beforeAll(async () => {
  server = await startAuthedServer();
});
afterAll(() => server.dispose());

interface Answer {
  status: number;
  connection: string | undefined;
  socket: Socket;
  body: string;
}

/**
 * One request through `agent`; resolves with the socket it used, so a test can tell reuse from a new one.
 * `write` sends the body (by default all at once).
 */
function send(
  agent: Agent,
  path: string,
  method: string,
  headers: Record<string, string>,
  body?: string,
  write: (req: ClientRequest, body: string) => void = (req, text) => req.end(text),
): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = request(`${server.url}${path}`, { agent, method, headers }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (text += chunk));
      res.on('end', () => resolve({ status: res.statusCode!, connection: res.headers.connection, socket: req.socket as Socket, body: text }));
      res.on('error', reject);
    });
    req.on('error', reject);
    if (body === undefined) req.end();
    else write(req, body);
  });
}

const tooLargeBody = () => JSON.stringify({ records: [], padding: 'x'.repeat(MAX_SYNC_BODY_BYTES + 1) });

/** Either the connection survived the answer, or the server announced the close. */
function expectHonestKeepAlive(previous: Answer, next: Answer) {
  if (previous.connection === 'close') expect(next.socket).not.toBe(previous.socket);
  else expect(next.socket).toBe(previous.socket);
}

describe('keep-alive after error responses', () => {
  it('one connection carries a 413, a 400 and a 200 in turn', async () => {
    const agent = new Agent({ keepAlive: true, maxSockets: 1 });
    try {
      const headers = server.device.headers();
      const body = tooLargeBody();
      const first = await send(agent, '/api/v1/sync', 'POST', { ...headers, 'content-length': String(Buffer.byteLength(body)) }, body);
      expect(first.status).toBe(413);
      expect(JSON.parse(first.body)).toMatchObject({ code: 'request.too_large' });

      const second = await send(agent, '/api/v1/sync', 'POST', headers, '{"records": [');
      expect(second.status).toBe(400);

      const third = await send(agent, '/api/v1/health', 'GET', {});
      expect(third.status).toBe(200);

      expect(first.connection).not.toBe('close');
      expect(second.socket).toBe(first.socket);
      expect(third.socket).toBe(second.socket);
    } finally {
      agent.destroy();
    }
  });

  it('a slow sender refused with 413 keeps its connection for the next request', async () => {
    const agent = new Agent({ keepAlive: true, maxSockets: 1 });
    try {
      const body = tooLargeBody();
      const half = Math.floor(body.length / 2);
      // A phone on a poor link: the second half arrives after a pause longer than a background drain waits.
      // The pause is the scenario itself, not a wait for some event.
      const slowly = (req: ClientRequest, text: string) => {
        req.write(text.slice(0, half));
        setTimeout(() => req.end(text.slice(half)), 800);
      };
      const first = await send(
        agent,
        '/api/v1/sync',
        'POST',
        { ...server.device.headers(), 'content-length': String(Buffer.byteLength(body)) },
        body,
        slowly,
      );
      expect(first.status).toBe(413);
      const second = await send(agent, '/api/v1/health', 'GET', {});
      expect(second.status).toBe(200);
      expectHonestKeepAlive(first, second);
    } finally {
      agent.destroy();
    }
  });

  it('a refused request whose body is never read (401) leaves the connection usable', async () => {
    const agent = new Agent({ keepAlive: true, maxSockets: 1 });
    try {
      const body = JSON.stringify({ records: [], padding: 'x'.repeat(1024 * 1024) });
      const first = await send(agent, '/api/v1/sync', 'POST', { 'content-type': 'application/json', authorization: 'Bearer cbd1.nadie.nada' }, body);
      expect(first.status).toBe(401);
      const second = await send(agent, '/api/v1/health', 'GET', {});
      expect(second.status).toBe(200);
      expectHonestKeepAlive(first, second);
    } finally {
      agent.destroy();
    }
  });

  it('a body too large to discard is answered with Connection: close', async () => {
    const agent = new Agent({ keepAlive: true, maxSockets: 1 });
    try {
      // Declared but never sent: the server must not wait for 64 MB it will throw away.
      const declared = 64 * 1024 * 1024;
      const first = await send(
        agent,
        '/api/v1/sync',
        'POST',
        { ...server.device.headers(), 'content-length': String(declared) },
        '{"records": [',
        (req, text) => req.write(text),
      );
      expect(first.status).toBe(413);
      expect(first.connection).toBe('close');
      const second = await send(agent, '/api/v1/health', 'GET', {});
      expect(second.status).toBe(200);
      expect(second.socket).not.toBe(first.socket);
    } finally {
      agent.destroy();
    }
  });
});
