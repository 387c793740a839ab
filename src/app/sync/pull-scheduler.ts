import { problem } from '../../core/problems/problem';
import type { PullOutcome } from './pull';

export interface PullStatus {
  phase: 'idle' | 'pulling' | 'offline' | 'error';
  lastSuccessAt?: string;
  lastOutcome?: PullOutcome;
}

export interface PullScheduler {
  /** Pulls now, or joins the pull under way (then pulls once more if asked during it). Never rejects. */
  pullNow(): Promise<PullOutcome | undefined>;
  /** While held (a door screen is open), pulls every `intervalMs` when online. Returns the release. */
  keepFresh(): () => void;
  status(): PullStatus;
  subscribe(listener: (status: PullStatus) => void): () => void;
  stop(): void;
}

export interface PullSchedulerDeps {
  pull: () => Promise<PullOutcome>;
  isOnline: () => boolean;
  now?: () => Date;
  intervalMs?: number;
  setInterval?: (fn: () => void, ms: number) => unknown;
  clearInterval?: (handle: unknown) => void;
}

/** Every ~30 s at an open door: another device's check-ins show as yellow within half a minute. */
export const DOOR_PULL_INTERVAL_MS = 30_000;

export function createPullScheduler(deps: PullSchedulerDeps): PullScheduler {
  const now = deps.now ?? (() => new Date());
  const every = deps.setInterval ?? ((fn, ms) => setInterval(fn, ms));
  const cancel = deps.clearInterval ?? ((handle) => clearInterval(handle as ReturnType<typeof setInterval>));
  const listeners = new Set<(status: PullStatus) => void>();
  let state: PullStatus = { phase: 'idle' };
  let running: Promise<PullOutcome | undefined> | undefined;
  let again = false;
  let holders = 0;
  let timer: unknown;
  let stopped = false;

  const update = (next: PullStatus) => {
    state = next;
    for (const listener of listeners) listener(state);
  };

  async function run(): Promise<PullOutcome | undefined> {
    let outcome: PullOutcome | undefined;
    do {
      again = false;
      update({ ...state, phase: 'pulling' });
      outcome = await deps.pull().catch((): PullOutcome => ({ kind: 'failed', phase: 'error', problem: problem('storage.unavailable') }));
      update(
        outcome.kind === 'pulled'
          ? { phase: 'idle', lastSuccessAt: now().toISOString(), lastOutcome: outcome }
          : { ...state, phase: outcome.phase, lastOutcome: outcome },
      );
    } while (again && !stopped && outcome.kind === 'pulled');
    return outcome;
  }

  function pullNow(): Promise<PullOutcome | undefined> {
    if (stopped) return Promise.resolve(undefined);
    if (running) {
      again = true; // something changed on the server side since this pull started (our own push, say)
      return running;
    }
    running = run().finally(() => {
      running = undefined;
    });
    return running;
  }

  return {
    pullNow,
    keepFresh() {
      holders++;
      if (holders === 1) timer = every(() => deps.isOnline() && void pullNow(), deps.intervalMs ?? DOOR_PULL_INTERVAL_MS);
      let released = false;
      return () => {
        if (released) return;
        released = true;
        holders--;
        if (holders === 0) cancel(timer);
      };
    },
    status: () => state,
    subscribe(listener) {
      listeners.add(listener);
      listener(state);
      return () => listeners.delete(listener);
    },
    stop() {
      stopped = true;
      if (holders > 0) cancel(timer);
      listeners.clear();
    },
  };
}
