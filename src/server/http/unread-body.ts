import type { IncomingMessage } from 'node:http';
import type { Context, MiddlewareHandler } from 'hono';
import { MAX_SYNC_BODY_BYTES } from '../../core/sync/protocol';

/**
 * A body this size or smaller, declared by Content-Length, is read to its end and discarded before an answer
 * that did not read it (413, 401, 429…): the connection then stays usable for the client's next request.
 */
export const DISCARD_UNREAD_BODY_MAX_BYTES = 2 * MAX_SYNC_BODY_BYTES;

/**
 * Keep-alive stays true after every answer. An answer sent while the request body is still arriving used to
 * leave the socket to a background drain that destroyed it after 500 ms, without `Connection: close`, so the
 * client's next request on it failed with ECONNRESET. Now the rest of a bounded body is discarded before the
 * answer goes out; a larger or chunked one gets `Connection: close`, so the client opens a new connection.
 * Slow senders are cut by the server's request timeout (src/server/http/connection-timeouts.ts).
 */
export function settleUnreadBody(): MiddlewareHandler {
  return async (c, next) => {
    await next();
    const incoming = incomingOf(c);
    // complete: every byte has arrived; Node discards what nobody read and the connection carries on.
    if (incoming === undefined || incoming.complete || incoming.destroyed) return;
    const declared = Number(incoming.headers['content-length']);
    const discardable =
      incoming.headers['transfer-encoding'] === undefined &&
      Number.isSafeInteger(declared) &&
      declared <= DISCARD_UNREAD_BODY_MAX_BYTES &&
      incoming.readableFlowing !== true;
    if (discardable && (await discardRest(incoming))) return;
    try {
      c.res.headers.set('Connection', 'close');
    } catch {
      // Immutable headers (a Response made elsewhere): copy it once.
      c.res = new Response(c.res.body, c.res);
      c.res.headers.set('Connection', 'close');
    }
  };
}

/** Reads the body to its end; false when the connection failed or timed out first. */
function discardRest(incoming: IncomingMessage): Promise<boolean> {
  return new Promise((resolve) => {
    const done = (ended: boolean) => () => {
      incoming.off('end', onEnd);
      incoming.off('close', onClose);
      incoming.off('error', onClose);
      incoming.off('data', ignore);
      resolve(ended);
    };
    const onEnd = done(true);
    const onClose = done(false);
    incoming.on('end', onEnd);
    incoming.on('close', onClose);
    incoming.on('error', onClose);
    incoming.on('data', ignore);
  });
}

const ignore = () => {};

const incomingOf = (c: Context) => (c.env as { incoming?: IncomingMessage } | undefined)?.incoming;

/** The client went away (or was cut by a timeout) before its request body arrived whole. */
export function requestAbandoned(c: Context): boolean {
  const incoming = incomingOf(c);
  return incoming !== undefined && incoming.destroyed && !incoming.complete;
}
