import type { Hono, MiddlewareHandler } from 'hono';
import type { AuthStore } from '../store/auth-store';
import { auditLog, type Audit } from './audit-log';
import { mountAuthResources } from './auth-resources';
import { authorize } from './authorize';
import { DEFAULT_RATE_LIMITS, rateLimiter, type RateLimit, type RateLimitName } from './rate-limits';
import { ROUTE_POLICIES } from './route-policies';
import { policyMatcher, routesWithoutPolicy } from './route-matcher';

export interface AuthOptions {
  /** Raises or lowers limits (tests, benches); unnamed ones keep DEFAULT_RATE_LIMITS. */
  rateLimits?: Partial<Record<RateLimitName, RateLimit>>;
  /** Believe X-Forwarded-For for the caller's IP (only behind a proxy that sets it). */
  trustProxy?: boolean;
  /** Server processes sharing the callers (WORKERS): limits counted in memory allow each its share. */
  processes?: number;
}

export interface AuthLayer {
  middleware: MiddlewareHandler;
  audit: Audit;
  /** Adds setup, session, users, devices, audit and people routes. */
  mount(app: Hono): void;
  /** Throws when a registered route has no policy: no route is ever public by omission. */
  checkEveryRouteHasPolicy(app: Hono): void;
}

export function authLayer(store: AuthStore, now: () => Date, options: AuthOptions = {}): AuthLayer {
  const audit = auditLog(store, now);
  const middleware = authorize({
    store,
    match: policyMatcher(ROUTE_POLICIES),
    rateLimit: rateLimiter(store, { ...DEFAULT_RATE_LIMITS, ...options.rateLimits }, options.processes),
    audit,
    now,
    trustProxy: options.trustProxy ?? false,
  });
  return {
    middleware,
    audit,
    mount: (app) => mountAuthResources(app, { store, audit, now }),
    checkEveryRouteHasPolicy: (app) => {
      const missing = routesWithoutPolicy(app.routes, ROUTE_POLICIES);
      if (missing.length > 0) throw new Error(`Rutas sin política de autorización (src/server/auth/route-policies.ts): ${missing.join(', ')}`);
    },
  };
}
