import http from 'node:http';

export interface FuzzResponse {
  status: number;
  contentType: string;
  text: string;
}

export interface FuzzClient {
  /** One request on the shared keep-alive agent; a request that gets no answer in time fails (a hang is a bug). */
  send(method: string, path: string, body?: string | Uint8Array, headers?: Record<string, string>): Promise<FuzzResponse>;
  /**
   * On a connection of its own, closed afterwards: for bodies past a limit, which the server answers
   * before reading them and then drops the connection, so no pooled socket is left half-written.
   */
  sendAlone(method: string, path: string, body?: string | Uint8Array, headers?: Record<string, string>): Promise<FuzzResponse>;
  /** Requests sent so far. */
  readonly sent: number;
  close(): void;
}

/**
 * `credentials` adds headers by path (the enrolled device's Bearer credential on sync and pull).
 * node:http rather than fetch: the fuzz sends raw bytes (invalid UTF-8) and raw paths (malformed
 * percent-escapes) exactly as written, and reuses a few keep-alive sockets for thousands of requests.
 */
export function fuzzClient(baseUrl: string, timeoutMs = 20_000, credentials: (path: string) => Record<string, string> = () => ({})): FuzzClient {
  const agent = new http.Agent({ keepAlive: true, maxSockets: 4 });
  const { hostname, port } = new URL(baseUrl);
  let sent = 0;

  const request = (pooled: boolean) => (method: string, path: string, body?: string | Uint8Array, given: Record<string, string> = {}) =>
    new Promise<FuzzResponse>((resolve, reject) => {
      const headers = { ...credentials(path), ...given };
      sent++;
      let answered = false;
      const bytes = typeof body === 'string' ? Buffer.from(body, 'utf8') : body;
      const outgoing = http.request(
        {
          host: hostname,
          port,
          method,
          path,
          agent: pooled ? agent : false,
          // A 'transfer-encoding: chunked' header streams the body without a Content-Length.
          headers: bytes === undefined || headers['transfer-encoding'] ? headers : { 'content-type': 'application/json', 'content-length': String(bytes.byteLength), ...headers },
        },
        (response) => {
          answered = true;
          const chunks: Buffer[] = [];
          response.on('data', (chunk: Buffer) => chunks.push(chunk));
          response.on('end', () =>
            resolve({ status: response.statusCode ?? 0, contentType: String(response.headers['content-type'] ?? ''), text: Buffer.concat(chunks).toString('utf8') }),
          );
          response.on('error', reject);
        },
      );
      outgoing.setTimeout(timeoutMs, () => outgoing.destroy(new Error(`Sin respuesta en ${timeoutMs} ms: ${method} ${path.slice(0, 120)}`)));
      // A server may answer 413 and close before reading a body past its limit: once answered, that is fine.
      outgoing.on('error', (error) => (answered ? undefined : reject(error)));
      outgoing.end(bytes);
    });

  return {
    send: request(true),
    sendAlone: request(false),
    get sent() {
      return sent;
    },
    close: () => agent.destroy(),
  };
}
