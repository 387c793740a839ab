import * as z from 'zod/mini';
import type { Catalogues } from '../../core/catalogues';
import { problem, type Problem } from '../../core/problems/problem';
import { pullResponseSchema, pullSearch, pulledAttendeeSchema } from '../../core/sync/pull';
import { wireProblemSchema } from '../../core/sync/protocol';
import type { CabildoDatabase } from '../storage/database';
import { DOOR_META_KEYS } from '../storage/door-tables';
import { isString, readMeta } from '../storage/meta';
import { readCredential, readSyncBlock, writeSyncBlock } from '../storage/device-credential';
import { isAccessRefusal } from './access-refusal';
import { applyPull, type AppliedPull } from './pull-apply';
import { getJson, type HttpDeps } from './pull-http';
import { refreshSigningKey } from './pull-signing-key';

export const PULL_ENDPOINT = '/api/v1/pull';

export interface PullDeps extends HttpDeps {
  db: CabildoDatabase;
  catalogues: Catalogues;
  now?: () => Date;
}

export type PullOutcome = { kind: 'pulled'; applied: AppliedPull; more?: boolean } | { kind: 'failed'; phase: 'offline' | 'error'; problem: Problem };

// Attendee rows may carry the registration's answers (`person`): kept when present, never required.
const responseSchema = (catalogues: Catalogues) =>
  z.extend(pullResponseSchema(catalogues), {
    attendees: z.array(z.extend(pulledAttendeeSchema, { person: z.optional(z.record(z.string(), z.unknown())) })),
  });

/**
 * One GET /api/v1/pull from the stored cursor, applied with its new cursor. Never throws. Sends the device
 * credential when there is one; while the server refuses this device (see access-refusal.ts) it does not ask
 * again every 30 s: re-enrolling or signing in lifts the refusal.
 */
export async function pullOnce(deps: PullDeps, retried = false): Promise<PullOutcome> {
  const now = deps.now ?? (() => new Date());
  const block = await readSyncBlock(deps.db);
  if (block) return { kind: 'failed', phase: 'error', problem: block.problem };
  const stored = await readCredential(deps.db);
  const cursor = await readMeta(deps.db, DOOR_META_KEYS.pullCursor, isString);
  const answer = await getJson(deps, `${PULL_ENDPOINT}${pullSearch({ cursor })}`, stored ? { authorization: `Bearer ${stored.credential}` } : {});
  if (!answer) return { kind: 'failed', phase: 'offline', problem: problem('network.unreachable') };
  if (answer.status !== 200) {
    const wire = wireProblemSchema.safeParse(answer.body);
    // A cursor from another server (or a restored backup): forget it and download everything again, once.
    if (wire.success && wire.data.code === 'sync.cursor_invalid' && !retried) {
      await deps.db.meta.delete(DOOR_META_KEYS.pullCursor);
      return pullOnce(deps, true);
    }
    const refused = wire.success ? (wire.data as Problem) : problem('server.error', { status: answer.status });
    // Only an enrolled device is told it lost access; a browser that never enrolled just cannot pull.
    if (isAccessRefusal(refused) && (stored !== undefined || refused.code === 'device.revoked')) {
      await writeSyncBlock(deps.db, { problem: refused, at: now().toISOString() });
    }
    return { kind: 'failed', phase: 'error', problem: refused };
  }
  const page = responseSchema(deps.catalogues).safeParse(answer.body);
  if (!page.success) return { kind: 'failed', phase: 'error', problem: problem('sync.response_invalid', { status: answer.status }) };
  return { kind: 'pulled', applied: await applyPull(deps.db, page.data, now()), more: page.data.more === true };
}

// A guard against a server that always says `more`: 1,000 pages of PULL_PAGE_SIZE is two million records.
const MAX_PAGES_PER_RUN = 1000;

/**
 * One pull run: page after page while the server says there is more. Each page is applied with its cursor
 * (pull-apply.ts), so a run cut short (offline, tab closed) resumes from the last applied page next time.
 * What all pages changed is added up; a failure after some pages reports the failure (they stay applied).
 */
export async function pullPages(deps: PullDeps): Promise<PullOutcome> {
  const total: AppliedPull = { events: 0, attendees: 0, checkIns: 0 };
  for (let page = 0; page < MAX_PAGES_PER_RUN; page++) {
    const outcome = await pullOnce(deps);
    if (outcome.kind === 'failed') return outcome;
    total.events += outcome.applied.events;
    total.attendees += outcome.applied.attendees;
    total.checkIns += outcome.applied.checkIns;
    if (!outcome.more) break;
  }
  return { kind: 'pulled', applied: total };
}

/** A pull run and the signing key refresh: what the door needs to work offline afterwards. */
export async function pullAll(deps: PullDeps): Promise<PullOutcome> {
  const [outcome] = await Promise.all([pullPages(deps), refreshSigningKey(deps)]);
  return outcome;
}

