import { Agent, request } from 'node:http';

export interface Answer {
  status: number;
  body: string;
}

/**
 * One HTTP request on a keep-alive agent, body read to the end. A socket error or no answer within
 * `timeoutMs` rejects: the load benches count those as errors, never as times.
 */
export function send(agent: Agent, baseUrl: string, method: string, path: string, headers: Record<string, string>, body?: string, timeoutMs = 10_000): Promise<Answer> {
  const url = new URL(path, baseUrl);
  return new Promise((resolve, reject) => {
    const req = request(
      { agent, hostname: url.hostname === 'localhost' ? '127.0.0.1' : url.hostname, port: url.port, path: url.pathname + url.search, method, headers: body === undefined ? headers : { ...headers, 'content-length': String(Buffer.byteLength(body)) } },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (text += chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text }));
        res.on('error', reject);
      },
    );
    req.setTimeout(timeoutMs, () => req.destroy(new Error(`sin respuesta en ${timeoutMs} ms`)));
    req.on('error', reject);
    req.end(body);
  });
}

/** A keep-alive agent: `sockets` connections at most, like that many devices each holding its own. */
export const keepAliveAgent = (sockets: number) => new Agent({ keepAlive: true, maxSockets: sockets });
