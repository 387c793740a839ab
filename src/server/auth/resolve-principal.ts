import type { Context } from 'hono';
import { parseDeviceCredential } from '../../core/auth/devices';
import { problem, type Problem } from '../../core/problems/problem';
import type { AuthStore } from '../store/auth-store';
import type { Principal } from './principal';
import { sha256Hex } from './secrets';
import { SESSION_TTL_MS, sessionToken, setSessionCookie } from './session-cookie';
import { timingSafeEqual } from 'node:crypto';

// Extending the session on every request would be a write per request; once a minute is enough for 12 h.
const EXTEND_AFTER_MS = 60_000;

export type Resolution = { principal: Principal | undefined } | { problem: Problem };

const sameHex = (a: string, b: string) => a.length === b.length && timingSafeEqual(Buffer.from(a), Buffer.from(b));

/**
 * A device credential (Authorization: Bearer cbd1.…) or a staff session cookie; neither → anonymous.
 * A credential that is present but wrong is an answer of its own: a revoked device must learn it is revoked.
 */
export async function resolvePrincipal(c: Context, store: AuthStore, now: Date): Promise<Resolution> {
  const authorization = c.req.header('authorization');
  if (authorization !== undefined) {
    const credential = /^Bearer (\S+)$/i.exec(authorization.trim())?.[1];
    const parsed = credential === undefined ? undefined : parseDeviceCredential(credential);
    const device = parsed && (await store.deviceById(parsed.deviceId));
    if (!parsed || !device || !sameHex(device.secretHash, sha256Hex(parsed.secret))) return { problem: problem('auth.invalid_credentials') };
    if (device.revokedAt !== null) return { problem: problem('device.revoked') };
    return { principal: { kind: 'device', role: 'campo', device } };
  }

  const token = sessionToken(c);
  if (token === undefined) return { principal: undefined };
  const sessionHash = sha256Hex(token);
  const session = await store.sessionUser(sessionHash, now.toISOString());
  if (!session || session.user.disabledAt !== null) return { principal: undefined };
  const renewed = now.getTime() + SESSION_TTL_MS;
  if (renewed - Date.parse(session.expiresAt) > EXTEND_AFTER_MS) {
    await store.extendSession(sessionHash, new Date(renewed).toISOString());
    setSessionCookie(c, token);
  }
  const user = session.user;
  // A campo session is scoped like a device: read its assignment on each request, so an edit applies at once.
  const eventIds = user.role === 'campo' ? await store.userEvents(user.id) : undefined;
  return { principal: { kind: 'user', role: user.role, user, sessionHash, ...(eventIds ? { eventIds } : {}) } };
}
