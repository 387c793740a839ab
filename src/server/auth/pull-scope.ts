import type { Context } from 'hono';
import { problem } from '../../core/problems/problem';
import { fail, ok, type Result } from '../../core/result';
import { principalOf } from './authorize';

/** The events a caller is limited to, or undefined when it is not limited. */
function allowedEvents(c: Context): string[] | undefined {
  const principal = principalOf(c);
  if (principal?.kind === 'device') return principal.device.eventIds.length === 0 ? undefined : principal.device.eventIds;
  if (principal?.kind === 'user') return principal.eventIds;
  return undefined;
}

/**
 * The events a pull may cover: a device limited to some events, or a campo session, gets those when it names
 * none (a campo account with no assignment: none), and is refused an event outside them; the office pulls
 * what it asks for.
 */
export function pullScope(c: Context, requested: string[] | undefined): Result<string[] | undefined> {
  const allowed = allowedEvents(c);
  if (allowed === undefined) return ok(requested);
  if (requested === undefined) return ok([...allowed].sort());
  const outside = requested.filter((id) => !allowed.includes(id));
  return outside.length === 0 ? ok(requested) : fail(problem('auth.forbidden', { eventIds: outside }));
}
