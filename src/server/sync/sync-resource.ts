import { Hono, type Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { MAX_SYNC_BODY_BYTES, type PushResponse } from '../../core/sync/protocol';
import { problem, type Problem } from '../../core/problems/problem';
import { problemResponse } from '../http/problem-response';
import { pushRecords, type PushDeps } from './push-records';
import { readPushRequest } from './read-push-request';

export interface SyncResourceDeps extends PushDeps {
  now: () => Date;
  /** Runs after the batch is committed and before the answer; only the crash test uses it. */
  afterCommit?: () => void;
  /** Refuses a whole batch by caller (e.g. no credential and not only signed-link submissions). */
  authorizePush?: (c: Context, records: readonly unknown[]) => Problem | undefined;
}

/** POST /api/v1/sync: the wire contract is src/core/sync/protocol.ts. */
export function syncResource(deps: SyncResourceDeps): Hono {
  const resource = new Hono();
  resource.post(
    '/',
    bodyLimit({
      maxSize: MAX_SYNC_BODY_BYTES,
      onError: (c) => problemResponse(c, problem('request.too_large', { maxBytes: MAX_SYNC_BODY_BYTES })),
    }),
    async (c) => {
      const request = readPushRequest(await c.req.text());
      if (!request.ok) return problemResponse(c, request.problem);
      const refusal = deps.authorizePush?.(c, request.value.records);
      if (refusal) return problemResponse(c, refusal);
      const receivedAt = deps.now().toISOString();
      const results = await pushRecords(deps, request.value.records, receivedAt);
      deps.afterCommit?.();
      const response: PushResponse = { results, serverTime: deps.now().toISOString() };
      return c.json(response);
    },
  );
  return resource;
}
