import { connect, type Socket } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTempServer, type TempServer } from '../support/temp-server';

// Short timeouts so the test is quick; the defaults are in src/server/http/connection-timeouts.ts.
const TIMEOUTS = { headersTimeoutMs: 1_000, requestTimeoutMs: 2_000, keepAliveTimeoutMs: 1_000, checkIntervalMs: 250 };

let server: TempServer;
beforeAll(async () => {
  server = await startTempServer({ timeouts: TIMEOUTS });
});
afterAll(() => server.dispose());

/** Opens a connection to the server on 127.0.0.1, sends `text` and never more; resolves once connected. */
function slowClient(text: string): Promise<{ socket: Socket; closed: Promise<string> }> {
  return new Promise((resolve, reject) => {
    const socket = connect(server.port, '127.0.0.1', () => {
      if (text) socket.write(text);
      resolve({ socket, closed });
    });
    let answer = '';
    socket.setEncoding('latin1');
    socket.on('data', (chunk: string) => (answer += chunk));
    const closed = new Promise<string>((done) => socket.on('close', () => done(answer)));
    socket.once('error', reject);
  });
}

const SILENT = '';
const HALF_HEADERS = 'GET /api/v1/health HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: ';
const HALF_BODY = 'POST /api/v1/sync HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{"records":';
const IDLE_AFTER_ANSWER = 'GET /api/v1/health HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n';

describe('slow and idle connections are closed by the server', () => {
  it('200 slow clients are all disconnected within the timeouts while the server keeps answering', async () => {
    const kinds = [SILENT, HALF_HEADERS, HALF_BODY, IDLE_AFTER_ANSWER];
    const started = Date.now();
    const clients = await Promise.all(Array.from({ length: 200 }, (_, i) => slowClient(kinds[i % kinds.length]!)));
    try {
      const health = await fetch(`${server.url}/api/v1/health`);
      expect(health.status).toBe(200);

      const answers = await Promise.all(clients.map((c) => c.closed));
      const elapsed = Date.now() - started;
      // Each closes at its timeout plus one check interval; generous room for a loaded machine.
      expect(elapsed).toBeLessThan(TIMEOUTS.requestTimeoutMs + 8_000);
      answers.forEach((answer, i) => {
        const kind = kinds[i % kinds.length];
        if (kind === IDLE_AFTER_ANSWER) expect(answer).toMatch(/^HTTP\/1\.1 200/);
        if (kind === HALF_BODY || kind === HALF_HEADERS) expect(answer === '' || /^HTTP\/1\.1 408/.test(answer)).toBe(true);
      });
    } finally {
      for (const c of clients) c.socket.destroy();
    }
  }, 30_000);
});
