import { secureHeaders } from 'hono/secure-headers';

/**
 * Hono's defaults (nosniff, Referrer-Policy no-referrer, frame and COOP protections),
 * without HSTS: the server often runs on plain HTTP in a municipal LAN, and behind
 * HTTPS the proxy owns that decision (includeSubDomains could break other municipal sites).
 */
export const securityHeaders = () => secureHeaders({ strictTransportSecurity: false });
