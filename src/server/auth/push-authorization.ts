import type { Context } from 'hono';
import { FORM_SUBMISSION_KIND } from '../../core/forms/form-submission';
import { problem, type Problem } from '../../core/problems/problem';
import { principalOf } from './authorize';

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;

/**
 * Who may push this batch. Devices and staff who may write: anything. Anyone else: only citizens' form
 * submissions opened from a signed link (each link signature is then verified per record by the registry);
 * a consulta session may not push at all.
 */
export function authorizePush(c: Context, records: readonly unknown[]): Problem | undefined {
  const principal = principalOf(c);
  if (principal) return principal.role === 'consulta' ? problem('auth.forbidden') : undefined;
  const allCitizenLinked = records.every(
    (r) => isObject(r) && r.kind === FORM_SUBMISSION_KIND && isObject(r.payload) && isObject(r.payload.link),
  );
  return allCitizenLinked ? undefined : problem('auth.required');
}
