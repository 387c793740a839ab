import type { Context, MiddlewareHandler } from 'hono';
import { problem } from '../../core/problems/problem';
import { problemResponse } from '../http/problem-response';
import type { AuthStore } from '../store/auth-store';
import type { Audit } from './audit-log';
import { clientAddressKey } from './client-address';
import { mayTouchEvent, principalId, type Principal } from './principal';
import { resolvePrincipal } from './resolve-principal';
import type { RateLimiter } from './rate-limits';
import type { MatchedPolicy } from './route-matcher';

export interface AuthorizeDeps {
  store: AuthStore;
  match: (method: string, path: string) => MatchedPolicy | undefined;
  rateLimit: RateLimiter;
  audit: Audit;
  now: () => Date;
  trustProxy: boolean;
}

// Writes by a device are counted as "last sync" at most this often (one UPDATE per request would be waste).
const LAST_SYNC_PRECISION_MS = 30_000;
const SYNC_PATHS = new Set(['/api/v1/sync', '/api/v1/pull']);

/** The principal the middleware resolved, for resources that refine by caller (sync, pull, session). */
export const principalOf = (c: Context): Principal | undefined => c.get('principal' as never) as Principal | undefined;

// CSRF: a cross-site HTML form can POST only urlencoded, multipart or text/plain; JSON needs CORS, which we never grant.
const isJson = (c: Context) => /^application\/json\b/i.test(c.req.header('content-type') ?? '');
const needsJson = (method: string) => method === 'POST' || method === 'PUT' || method === 'PATCH';

/**
 * One middleware on /api/*: resolves the caller once, applies the route's policy, its rate limit, and writes
 * its audit entry after a successful answer. Paths without a policy are unknown routes (404 further on):
 * createApp checks at start that every registered route has one.
 */
export function authorize(deps: AuthorizeDeps): MiddlewareHandler {
  return async (c, next) => {
    const matched = deps.match(c.req.method, c.req.path);
    if (!matched) return next();
    const { policy, params } = matched;
    const now = deps.now();

    const resolution = await resolvePrincipal(c, deps.store, now);
    if ('problem' in resolution) return problemResponse(c, resolution.problem);
    const principal = resolution.principal;

    if (policy.roles !== 'public') {
      if (!principal) return problemResponse(c, problem('auth.required'));
      const allowed = principal.kind === 'device' ? policy.devices === true : policy.roles.includes(principal.role);
      if (!allowed) return problemResponse(c, problem('auth.forbidden'));
      const eventId = policy.eventParam === undefined ? undefined : params[policy.eventParam];
      if (eventId !== undefined && !mayTouchEvent(principal, eventId)) return problemResponse(c, problem('auth.forbidden', { eventId }));
    }
    if (principal?.kind === 'user' && needsJson(c.req.method) && !isJson(c)) {
      return problemResponse(c, problem('auth.forbidden', { reason: 'content-type' }));
    }

    const limit = principal ? policy.limit : (policy.anonymousLimit ?? policy.limit);
    if (limit) {
      const caller = principal ? `${principal.kind}:${principalId(principal)}` : clientAddressKey(c, deps.trustProxy);
      const verdict = await deps.rateLimit(limit, caller, now);
      if (!verdict.ok) {
        c.header('Retry-After', String(verdict.retryAfterSeconds));
        return problemResponse(c, problem('rate.limited', { retryAfterSeconds: verdict.retryAfterSeconds }));
      }
    }

    c.set('principal' as never, principal as never);
    await next();

    const succeeded = c.res.status < 400;
    if (succeeded && principal && policy.audit) {
      const target = policy.auditTarget === undefined ? null : (params[policy.auditTarget] ?? null);
      await deps.audit(principal, { action: policy.audit, target });
    }
    if (succeeded && principal?.kind === 'device' && SYNC_PATHS.has(c.req.path)) {
      const last = principal.device.lastSyncAt === null ? 0 : Date.parse(principal.device.lastSyncAt);
      if (now.getTime() - last >= LAST_SYNC_PRECISION_MS) await deps.store.touchDeviceSync(principal.device.deviceId, now.toISOString());
    }
  };
}
