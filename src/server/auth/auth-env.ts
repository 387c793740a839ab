import type { AuthOptions } from './auth-layer';
import { DEFAULT_RATE_LIMITS, type RateLimitName } from './rate-limits';

/**
 * TRUST_PROXY=1 believes X-Forwarded-For (only behind a proxy that sets it); RATE_LIMIT_FACTOR multiplies
 * every rate limit (e.g. 100 for a load bench on loopback, where every "device" shares one IP).
 */
export function authOptionsFromEnv(env: NodeJS.ProcessEnv): AuthOptions {
  const factor = Number(env.RATE_LIMIT_FACTOR ?? '1');
  if (!Number.isFinite(factor) || factor <= 0) throw new Error(`RATE_LIMIT_FACTOR inválido: ${env.RATE_LIMIT_FACTOR}`);
  const rateLimits = Object.fromEntries(
    Object.entries(DEFAULT_RATE_LIMITS).map(([name, limit]) => [name, { ...limit, limit: Math.ceil(limit.limit * factor) }]),
  ) as Record<RateLimitName, { limit: number; windowSeconds: number }>;
  return { trustProxy: env.TRUST_PROXY === '1' || env.TRUST_PROXY === 'true', rateLimits };
}
