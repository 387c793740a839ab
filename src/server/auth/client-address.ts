import type { Context } from 'hono';
import { getConnInfo } from '@hono/node-server/conninfo';
import { sha256Hex } from './secrets';

/**
 * The caller's IP as a digest (rate-limit buckets live in the database; an address is personal data).
 * X-Forwarded-For is believed only when the deployment says a proxy sets it.
 */
export function clientAddressKey(c: Context, trustProxy: boolean): string {
  let address: string | undefined;
  if (trustProxy) address = c.req.header('x-forwarded-for')?.split(',')[0]?.trim();
  if (!address) {
    try {
      address = getConnInfo(c).remote.address;
    } catch {
      // Not served by @hono/node-server (app.request in a test): one shared bucket.
    }
  }
  return `ip:${sha256Hex(address ?? 'unknown').slice(0, 32)}`;
}
