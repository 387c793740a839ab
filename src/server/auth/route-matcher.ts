import { PatternRouter } from 'hono/router/pattern-router';
import type { RoutePolicy } from './route-policies';

export interface MatchedPolicy {
  policy: RoutePolicy;
  params: Record<string, string>;
}

/** Finds a request's policy with Hono's own path syntax, so table paths read exactly as the routes do. */
export function policyMatcher(policies: readonly RoutePolicy[]) {
  const router = new PatternRouter<RoutePolicy>();
  for (const policy of policies) router.add(policy.method, policy.path, policy);
  return (method: string, path: string): MatchedPolicy | undefined => {
    const [matches] = router.match(method === 'HEAD' ? 'GET' : method, path) as unknown as [[RoutePolicy, Record<string, string>][]];
    const first = matches[0];
    return first && { policy: first[0], params: first[1] };
  };
}

/**
 * Routes every app has that are not endpoints with a policy: middleware (the authorization layer itself on /api
 * and on the public /rendicion pages, whose policies only rate-limit), the 404s and the static files.
 */
export const NOT_API_ROUTES = new Set(['ALL /*', 'ALL /api/*', 'GET /*', 'ALL /rendicion/*', 'GET /rendicion/*']);

/** Registered routes without a policy: createApp refuses to start with any. */
export function routesWithoutPolicy(routes: readonly { method: string; path: string }[], policies: readonly RoutePolicy[]): string[] {
  const known = new Set(policies.map((p) => `${p.method} ${p.path}`));
  return [...new Set(routes.map((r) => `${r.method} ${r.path}`))].filter((route) => !NOT_API_ROUTES.has(route) && !known.has(route));
}
