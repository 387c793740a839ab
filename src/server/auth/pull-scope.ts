import type { Context } from 'hono';
import { problem } from '../../core/problems/problem';
import { fail, ok, type Result } from '../../core/result';
import { principalOf } from './authorize';

/**
 * The events a pull may cover: a device limited to some events gets those when it names none, and is
 * refused an event outside them; staff pull what they ask for.
 */
export function pullScope(c: Context, requested: string[] | undefined): Result<string[] | undefined> {
  const principal = principalOf(c);
  if (principal?.kind !== 'device' || principal.device.eventIds.length === 0) return ok(requested);
  const allowed = principal.device.eventIds;
  if (requested === undefined) return ok([...allowed].sort());
  const outside = requested.filter((id) => !allowed.includes(id));
  return outside.length === 0 ? ok(requested) : fail(problem('auth.forbidden', { eventIds: outside }));
}
