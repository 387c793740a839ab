import type { Context } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import { servedOverHttps } from '../http/served-over-https';

export const SESSION_COOKIE = 'cabildo_session';
/** Sliding expiry: every use within this span pushes the end further. */
export const SESSION_TTL_MS = 12 * 60 * 60 * 1000;

// Secure only when the browser reached us over https (directly or through a proxy): on a plain-HTTP
// municipal LAN a Secure cookie would never come back.
const isHttps = servedOverHttps;

export const sessionToken = (c: Context): string | undefined => getCookie(c, SESSION_COOKIE);

export function setSessionCookie(c: Context, token: string): void {
  setCookie(c, SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: 'Strict',
    path: '/',
    secure: isHttps(c),
    maxAge: SESSION_TTL_MS / 1000,
  });
}

export function clearSessionCookie(c: Context): void {
  deleteCookie(c, SESSION_COOKIE, { path: '/', httpOnly: true, sameSite: 'Strict', secure: isHttps(c) });
}
