import type { ClearTimer, SetTimer } from '../../../src/app/sync/timers';

/** Timers that only fire when the test says so: the runner's time, without real waiting. */
export function manualTimers() {
  let nextId = 1;
  const pending = new Map<number, { fn: () => void; ms: number }>();
  const setTimer: SetTimer = (fn, ms) => {
    const id = nextId++;
    pending.set(id, { fn, ms });
    return id;
  };
  const clearTimer: ClearTimer = (handle) => {
    pending.delete(handle as number);
  };
  return {
    setTimer,
    clearTimer,
    /** Delays of the timers still waiting, oldest first. */
    delays: () => [...pending.values()].map((t) => t.ms),
    /** Fires the one waiting timer with this delay (or the only one); fails loudly if that is ambiguous. */
    fire(ms?: number): void {
      const matches = [...pending.entries()].filter(([, t]) => ms === undefined || t.ms === ms);
      if (matches.length !== 1) throw new Error(`expected one timer${ms === undefined ? '' : ` of ${ms} ms`}, found ${matches.length} (${this.delays().join(', ')})`);
      const [id, timer] = matches[0]!;
      pending.delete(id);
      timer.fn();
    },
  };
}
