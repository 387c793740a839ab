import { problem, type Language, type Problem } from '../../core/problems/problem';
import type { RecordEnvelope } from '../../core/records/envelope';
import { MAX_SYNC_BODY_BYTES, pushResponseSchema, wireProblemSchema, type PushResponse } from '../../core/sync/protocol';
import type { ClearTimer, SetTimer } from './timers';

/** How one POST /api/v1/sync ended, from the outbox's point of view. */
export type PushOutcome =
  | { kind: 'answered'; response: PushResponse }
  | { kind: 'too_large'; problem: Problem }
  | { kind: 'failed'; phase: 'offline' | 'error'; problem: Problem };

export interface PushBatchDeps {
  endpoint: string;
  fetch: typeof fetch;
  timeoutMs: number;
  setTimer: SetTimer;
  clearTimer: ClearTimer;
  /** Aborts the request when the runner stops. */
  signal: AbortSignal;
  /** `Bearer <device credential>` on an enrolled device; absent on a citizen's phone (cookies go along anyway). */
  authorization?: string | undefined;
  /** The language of rejected records' field messages: the screen's; Spanish (the wire's) from the service worker. */
  language?: Language | undefined;
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

function answerOf(status: number, text: string): PushOutcome {
  const body = parseJson(text);
  if (status >= 200 && status < 300) {
    const parsed = pushResponseSchema.safeParse(body);
    return parsed.success
      ? { kind: 'answered', response: parsed.data }
      : { kind: 'failed', phase: 'error', problem: problem('sync.response_invalid', { status }) };
  }
  const wire = wireProblemSchema.safeParse(body);
  // A proxy may answer 413 with an HTML page: any 413 means "send less at once".
  if (status === 413) {
    return { kind: 'too_large', problem: wire.success ? (wire.data as Problem) : problem('request.too_large') };
  }
  if (wire.success) return { kind: 'failed', phase: 'error', problem: wire.data as Problem };
  return {
    kind: 'failed',
    phase: 'error',
    problem: status >= 500 ? problem('server.error', { status }) : problem('sync.response_invalid', { status }),
  };
}

/**
 * Sends one batch and classifies the answer. Never throws: a network failure, a timeout
 * (covering the body too) or an answer off the protocol become outcomes the runner acts on.
 */
export async function pushBatch(deps: PushBatchDeps, deviceId: string, records: RecordEnvelope[]): Promise<PushOutcome> {
  const body = JSON.stringify({ deviceId, records });
  // Known to be refused: split it without spending a request.
  const bytes = new TextEncoder().encode(body).length;
  if (bytes > MAX_SYNC_BODY_BYTES) return { kind: 'too_large', problem: problem('request.too_large', { bytes }) };
  const controller = new AbortController();
  let timedOut = false;
  const timer = deps.setTimer(() => {
    timedOut = true;
    controller.abort();
  }, deps.timeoutMs);
  const onStop = () => controller.abort();
  deps.signal.addEventListener('abort', onStop);
  try {
    const response = await deps.fetch(deps.endpoint, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        accept: 'application/json',
        // Said outright: the browser's own Accept-Language is its locale, not the language chosen in the app.
        'accept-language': deps.language ?? 'es',
        ...(deps.authorization === undefined ? {} : { authorization: deps.authorization }),
      },
      body,
      signal: controller.signal,
    });
    return answerOf(response.status, await response.text());
  } catch {
    return { kind: 'failed', phase: 'offline', problem: problem(timedOut ? 'network.timeout' : 'network.unreachable') };
  } finally {
    deps.clearTimer(timer);
    deps.signal.removeEventListener('abort', onStop);
  }
}
