import type { Context } from 'hono';
import type { AuthStore } from '../store/auth-store';
import { randomToken, sha256Hex } from './secrets';
import { SESSION_TTL_MS, setSessionCookie } from './session-cookie';

/** A new session for a user: random token in the cookie, its sha256 in the database. */
export async function startSession(c: Context, store: AuthStore, userId: string, now: Date): Promise<void> {
  const token = randomToken();
  await store.createSession(sha256Hex(token), userId, now.toISOString(), new Date(now.getTime() + SESSION_TTL_MS).toISOString());
  setSessionCookie(c, token);
}
