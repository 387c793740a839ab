import { problem, type Problem } from '../../core/problems/problem';
import { backoffDelay, defaultBackoff, type BackoffPolicy } from '../../core/sync/backoff';
import { MAX_BATCH_RECORDS } from '../../core/sync/protocol';
import type { CabildoDatabase } from '../storage/database';
import { errorName, isDatabaseClosed } from '../storage/storage-errors';
import { defaultLocks, withOutboxLock, type LockManagerLike } from './locks';
import { sendOutbox, type PassEnd, type PassProgress } from './outbox-pass';
import { pushBatch } from './push-batch';
import type { Language } from '../../core/problems/problem';
import { recordFailedAttempt, readSyncState } from './sync-meta';
import { authorizationOf, clearSyncBlock, readSyncBlock, writeSyncBlock } from '../storage/device-credential';
import { isAccessRefusal } from './access-refusal';
import { defaultClearTimer, defaultSetTimer, type ClearTimer, type SetTimer } from './timers';

export type { LockManagerLike } from './locks';

export interface SyncStatus {
  phase: 'idle' | 'syncing' | 'offline' | 'error';
  total: number;
  done: number;
  lastSuccessAt?: string;
  nextAttemptAt?: string;
  lastProblem?: Problem;
  /** The server refused this device (revoked, not enrolled, not allowed): records stay queued, retries are rare. */
  refusal?: Problem;
}

export interface OutboxRunner {
  /** Sends the outbox now (or joins the pass already running). Never rejects. */
  syncNow(): Promise<void>;
  /** Sends soon: debounced, and never earlier than a pending backoff retry. Call after each enqueue. */
  schedule(delayMs?: number): void;
  status(): SyncStatus;
  /** Calls `cb` at once with the current status, then on every change. */
  subscribe(cb: (s: SyncStatus) => void): () => void;
  stop(): void;
}

export interface OutboxRunnerDeps {
  db: CabildoDatabase;
  /** '/api/v1/sync' in the app, an absolute URL elsewhere. */
  endpoint: string;
  fetch: typeof fetch;
  deviceId: string;
  /** Defaults to navigator.locks where it exists (pages and service workers). */
  locks?: LockManagerLike;
  now?: () => Date;
  random?: () => number;
  batchSize?: number;
  setTimer?: SetTimer;
  clearTimer?: ClearTimer;
  backoff?: BackoffPolicy;
  requestTimeoutMs?: number;
  /** The screen's language, for the field messages of rejected records; Spanish when absent (service worker). */
  language?: () => Language;
}

export const DEFAULT_BATCH_SIZE = 200;
export const REQUEST_TIMEOUT_MS = 30_000;
export const SCHEDULE_DELAY_MS = 1_500;
/** Debouncing may postpone a send, but not forever while records keep coming. */
const SCHEDULE_MAX_WAIT_MS = 10_000;
/** Another tab holds the outbox: look again later in case it finished before our last enqueue. */
const BUSY_RECHECK_MS = 5_000;

/**
 * The outbox runner: the only code that sends records. No window or document here, so the
 * service worker can run it too (on a Background Sync event). Every failure leaves the
 * records queued; the outbox in IndexedDB is the source of truth, timers are only wake-ups.
 */
export function createOutboxRunner(deps: OutboxRunnerDeps): OutboxRunner {
  const { db } = deps;
  const now = deps.now ?? (() => new Date());
  const random = deps.random ?? Math.random;
  const setTimer = deps.setTimer ?? defaultSetTimer;
  const clearTimer = deps.clearTimer ?? defaultClearTimer;
  const locks = deps.locks ?? defaultLocks();
  const batchSize = Math.min(MAX_BATCH_RECORDS, Math.max(1, Math.floor(deps.batchSize ?? DEFAULT_BATCH_SIZE)));
  const stopping = new AbortController();
  const listeners = new Set<(s: SyncStatus) => void>();

  let state: SyncStatus = { phase: 'idle', total: 0, done: 0 };
  let running: Promise<void> | undefined;
  let timer: { handle: unknown } | undefined;
  let scheduledSince: number | undefined;
  let backoffUntil: number | undefined;

  function update(patch: Partial<SyncStatus>, clear: (keyof SyncStatus)[] = []): void {
    const next: SyncStatus = { ...state, ...patch };
    for (const key of clear) delete next[key];
    state = next;
    for (const listener of listeners) {
      try {
        listener(state);
      } catch {
        // A broken subscriber must not stop the records from being sent.
      }
    }
  }

  const backoff = deps.backoff ?? defaultBackoff;
  const loaded = Promise.all([readSyncState(db), readSyncBlock(db)]).then(
    ([persisted, block]) => {
      if (state.lastSuccessAt === undefined && persisted.lastSuccessAt !== undefined) {
        update({ lastSuccessAt: persisted.lastSuccessAt });
      }
      // Refused before this reload: the next try waits for the long interval too (syncNow still goes at once).
      if (block) {
        backoffUntil = Date.parse(block.at) + backoff.capMs;
        update({ phase: 'error', refusal: block.problem, lastProblem: block.problem });
        if (timer !== undefined) arm(backoffUntil - now().getTime()); // a start-up wake-up armed meanwhile
      }
    },
    () => {},
  );

  function cancelTimer(): void {
    if (timer !== undefined) clearTimer(timer.handle);
    timer = undefined;
  }

  function arm(ms: number): void {
    cancelTimer();
    timer = {
      handle: setTimer(() => {
        timer = undefined;
        scheduledSince = undefined;
        void syncNow();
      }, Math.max(0, ms)),
    };
  }

  function schedule(delayMs = SCHEDULE_DELAY_MS): void {
    if (stopping.signal.aborted) return;
    const t = now().getTime();
    scheduledSince ??= t;
    let due = Math.min(t + delayMs, scheduledSince + SCHEDULE_MAX_WAIT_MS);
    if (backoffUntil !== undefined) due = Math.max(due, backoffUntil);
    arm(due - t);
  }

  /**
   * Refused as a device: no failed attempt is counted against the records (they are not at fault and stay
   * queued, never rejected); the refusal is kept for the banner and the next try waits the longest interval.
   */
  async function refused(end: Extract<PassEnd, { kind: 'failed' }>): Promise<void> {
    const delayMs = backoff.capMs;
    const retryAt = new Date(now().getTime() + delayMs);
    await writeSyncBlock(db, { problem: end.problem, at: now().toISOString() }).catch(() => {});
    if (stopping.signal.aborted) return;
    backoffUntil = retryAt.getTime();
    update({ phase: 'error', lastProblem: end.problem, refusal: end.problem, nextAttemptAt: retryAt.toISOString() });
    arm(delayMs);
  }

  async function failed(end: Extract<PassEnd, { kind: 'failed' }>): Promise<void> {
    if (isAccessRefusal(end.problem)) return refused(end);
    let delayMs = 0;
    const planRetry = (attempt: number) => {
      delayMs = backoffDelay(attempt, random(), backoff);
      return new Date(now().getTime() + delayMs);
    };
    let retryAt: Date;
    try {
      retryAt = (await recordFailedAttempt(db, end.ids, planRetry)).nextAttemptAt;
    } catch {
      retryAt = planRetry(0); // storage itself is failing: still come back, soon.
    }
    if (stopping.signal.aborted) return;
    backoffUntil = retryAt.getTime();
    update({ phase: end.phase, lastProblem: end.problem, nextAttemptAt: retryAt.toISOString() });
    arm(delayMs);
  }

  async function finishedClean(answered: boolean): Promise<void> {
    backoffUntil = undefined;
    // An empty outbox proves nothing about access: an answered batch lifts a refusal, or re-enrolling did (meta).
    let lifted = answered;
    if (state.refusal !== undefined) {
      if (answered) await clearSyncBlock(db).catch(() => {});
      else lifted = (await readSyncBlock(db).catch(() => undefined)) === undefined;
    }
    update({ phase: 'idle' }, lifted ? ['nextAttemptAt', 'lastProblem', 'refusal'] : ['nextAttemptAt', 'lastProblem']);
    // Records queued during the pass behind its cursor (or re-queued by a person) go next.
    if ((await db.outbox.count()) > 0) schedule(0);
  }

  async function pass(): Promise<void> {
    update({ phase: 'syncing', total: 0, done: 0 }, ['nextAttemptAt']);
    let end: PassEnd;
    let answered = false;
    try {
      // Read each pass: enrolling (or re-enrolling) in another tab takes effect on the next pass.
      const authorization = await authorizationOf(db);
      end = await sendOutbox({
        db,
        batchSize,
        now,
        stopped: () => stopping.signal.aborted,
        report: (progress: PassProgress) => {
          if (progress.lastSuccessAt !== undefined) answered = true;
          update(progress);
        },
        push: (records) =>
          pushBatch(
            {
              endpoint: deps.endpoint,
              fetch: deps.fetch,
              timeoutMs: deps.requestTimeoutMs ?? REQUEST_TIMEOUT_MS,
              setTimer,
              clearTimer,
              signal: stopping.signal,
              authorization,
              language: deps.language?.(),
            },
            deps.deviceId,
            records,
          ),
      });
    } catch (error) {
      // iOS may have closed the connection while the app slept: reopen so the retry can work.
      if (isDatabaseClosed(error) && !db.isOpen()) await db.open().catch(() => {});
      end = { kind: 'failed', phase: 'error', problem: problem('storage.unavailable', { cause: errorName(error) }), ids: [] };
    }
    if (end.kind === 'done') await finishedClean(answered);
    else if (end.kind === 'failed') await failed(end);
  }

  async function run(): Promise<void> {
    await loaded;
    try {
      const outcome = await withOutboxLock(locks, pass);
      if (outcome === 'busy' && (await db.outbox.count()) > 0) schedule(BUSY_RECHECK_MS);
    } catch (error) {
      // Only the lock manager or storage outside a pass can get here.
      await failed({ kind: 'failed', phase: 'error', problem: problem('storage.unavailable', { cause: errorName(error) }), ids: [] });
    }
  }

  function syncNow(): Promise<void> {
    if (stopping.signal.aborted) return Promise.resolve();
    if (running) return running;
    cancelTimer();
    scheduledSince = undefined;
    running = run()
      .catch(() => {})
      .finally(() => {
        running = undefined;
      });
    return running;
  }

  return {
    syncNow,
    schedule,
    status: () => state,
    subscribe(cb) {
      listeners.add(cb);
      cb(state);
      return () => listeners.delete(cb);
    },
    stop() {
      stopping.abort();
      cancelTimer();
      listeners.clear();
    },
  };
}
