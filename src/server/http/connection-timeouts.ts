export interface ConnectionTimeouts {
  /** A client must finish sending its request headers within this time (slowloris, half-open sockets). */
  headersTimeoutMs: number;
  /** …and its whole request, body included (an 8 MB push on a slow mobile link fits). */
  requestTimeoutMs: number;
  /** An idle keep-alive connection is closed after this. */
  keepAliveTimeoutMs: number;
  /** How often Node checks the two timeouts above; fixed when the server is created. */
  checkIntervalMs: number;
}

export const DEFAULT_CONNECTION_TIMEOUTS: ConnectionTimeouts = {
  headersTimeoutMs: 10_000,
  requestTimeoutMs: 60_000,
  keepAliveTimeoutMs: 5_000,
  checkIntervalMs: 1_000,
};

/** node:http options for createServer (the check interval can only be set there). */
export const connectionServerOptions = (t: ConnectionTimeouts) => ({
  headersTimeout: t.headersTimeoutMs,
  requestTimeout: t.requestTimeoutMs,
  keepAliveTimeout: t.keepAliveTimeoutMs,
  connectionsCheckingInterval: t.checkIntervalMs,
});

