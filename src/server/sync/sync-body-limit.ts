import type { Context, MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';

/**
 * Hono's bodyLimit, minus its cost on the common case. bodyLimit reads `c.req.raw.body`, which makes
 * @hono/node-server build a full web Request with a stream around the socket (about a tenth of a push's
 * CPU) even when it only compares the Content-Length header. Under @hono/node-server (c.env.incoming, where
 * a POST always has a body) a request with Content-Length and no Transfer-Encoding is judged here by that
 * header, exactly as bodyLimit judges it, so the body is later read straight from the socket; anything
 * else (chunked bodies, app.request in tests) still goes through bodyLimit itself.
 */
export function syncBodyLimit(maxSize: number, onError: (c: Context) => Response | Promise<Response>): MiddlewareHandler {
  const streamed = bodyLimit({ maxSize, onError });
  return async (c, next) => {
    const incoming = (c.env as { incoming?: { headers?: Record<string, unknown> } } | undefined)?.incoming;
    const length = c.req.header('content-length');
    if (incoming?.headers === undefined || length === undefined || c.req.header('transfer-encoding') !== undefined) {
      return streamed(c, next);
    }
    return parseInt(length || '0', 10) > maxSize ? onError(c) : next();
  };
}
