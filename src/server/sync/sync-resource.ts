import { Hono, type Context } from 'hono';
import { MAX_SYNC_BODY_BYTES, type PushResponse } from '../../core/sync/protocol';
import { problem, type Problem } from '../../core/problems/problem';
import { problemResponse } from '../http/problem-response';
import { requestLanguage } from '../http/request-language';
import { pushRecords, type PushDeps } from './push-records';
import { readPushRequest } from './read-push-request';
import { syncBodyLimit } from './sync-body-limit';
import { gatedAdmission } from './gated-admission';
import type { ValidRecord } from '../../core/records/envelope';

export interface SyncResourceDeps extends PushDeps {
  now: () => Date;
  /** Runs after the batch is committed and before the answer; only the crash test uses it. */
  afterCommit?: () => void;
  /** Refuses a whole batch by caller (e.g. no credential and not only signed-link submissions). */
  authorizePush?: (c: Context, records: readonly unknown[]) => Problem | undefined;
  /** Per-record limits of this caller (a device pushes only its own records, for its events); none = no limit. */
  recordGate?: (c: Context) => ((record: ValidRecord) => Problem | undefined) | undefined;
}

/** POST /api/v1/sync: the wire contract is src/core/sync/protocol.ts. */
export function syncResource(deps: SyncResourceDeps): Hono {
  const resource = new Hono();
  resource.post(
    '/',
    syncBodyLimit(MAX_SYNC_BODY_BYTES, (c) => problemResponse(c, problem('request.too_large', { maxBytes: MAX_SYNC_BODY_BYTES }))),
    async (c) => {
      const language = requestLanguage(c);
      const request = readPushRequest(await c.req.text(), language);
      if (!request.ok) return problemResponse(c, request.problem);
      const refusal = deps.authorizePush?.(c, request.value.records);
      if (refusal) return problemResponse(c, refusal);
      const receivedAt = deps.now().toISOString();
      const gate = deps.recordGate?.(c);
      const pushDeps = gate ? { ...deps, admit: gatedAdmission(gate, deps.admit) } : deps;
      const results = await pushRecords(pushDeps, request.value.records, receivedAt, language);
      deps.afterCommit?.();
      const response: PushResponse = { results, serverTime: deps.now().toISOString() };
      return c.json(response);
    },
  );
  return resource;
}
