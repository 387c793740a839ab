import * as z from 'zod/mini';
import { problem, type Problem } from '../../core/problems/problem';
import { fail, ok, type Result } from '../../core/result';
import { wireProblemSchema } from '../../core/sync/protocol';
import type { CabildoDatabase } from '../storage/database';
import { storeCredential, type StoredCredential } from '../storage/device-credential';

export const ENROLL_ENDPOINT = '/api/v1/devices/enroll';

const enrolledSchema = z.object({
  deviceId: z.string(),
  credential: z.string().check(z.regex(/^cbd1\.[A-Za-z0-9_-]{1,64}\.[A-Za-z0-9_-]{43}$/)),
  role: z.string(),
  eventIds: z.array(z.string()),
  label: z.string(),
});

export interface EnrollDeps {
  db: CabildoDatabase;
  fetch: typeof fetch;
  /** '' in the app (same origin). */
  baseUrl?: string;
  /** This device's own id (meta): the records it queued carry it, so the server ties them to the credential. */
  deviceId: string;
  now?: () => Date;
}

/**
 * Trades a one-time enrollment token for this device's credential and keeps it. Enrolling again (a revoked
 * phone, a new token) replaces the credential and lifts the refusal, so the queued records can drain.
 */
export async function enrollWithToken(deps: EnrollDeps, token: string): Promise<Result<StoredCredential>> {
  let response: Response;
  try {
    response = await deps.fetch(`${deps.baseUrl ?? ''}${ENROLL_ENDPOINT}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify({ token, deviceId: deps.deviceId }),
    });
  } catch {
    return fail(problem('network.unreachable'));
  }
  const body: unknown = await response.json().catch(() => undefined);
  if (!response.ok) {
    const wire = wireProblemSchema.safeParse(body);
    return fail(wire.success ? (wire.data as Problem) : problem('server.error', { status: response.status }));
  }
  const parsed = enrolledSchema.safeParse(body);
  if (!parsed.success || parsed.data.deviceId !== deps.deviceId) return fail(problem('sync.response_invalid', { status: response.status }));
  const { credential, role, eventIds, label } = parsed.data;
  const stored: StoredCredential = { credential, deviceId: deps.deviceId, role, eventIds, label, enrolledAt: (deps.now ?? (() => new Date()))().toISOString() };
  await storeCredential(deps.db, stored);
  return ok(stored);
}
