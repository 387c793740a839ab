import type { Context } from 'hono';

/**
 * Whether the browser reached us over https, directly or through a proxy that says so. Decides the session
 * cookie's Secure flag and HSTS. Believing X-Forwarded-Proto is safe for both: a forged header only changes
 * the forger's own cookie, and browsers ignore HSTS received over plain HTTP.
 */
export const servedOverHttps = (c: Context): boolean =>
  new URL(c.req.url).protocol === 'https:' || c.req.header('x-forwarded-proto') === 'https';
