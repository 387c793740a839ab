import { createSignal, onCleanup, type Accessor } from 'solid-js';

/**
 * Main-thread time one drawing task may take before it yields. A cheap phone runs about four times slower than
 * the machine measuring it, and a task over 50 ms blocks a tap: a few milliseconds here, plus the one item that
 * crosses the line, stays well under that.
 */
export const DRAW_BUDGET_MS = 6;

export interface ProgressiveCount {
  /** How many of the items are drawn. */
  count: Accessor<number>;
  /** True once every item is drawn. */
  done: Accessor<boolean>;
  /** Draws the rest now (before something looks for an item that may not be drawn yet). */
  finish(): void;
}

/**
 * How many of `total` items are drawn: `first` at once, the rest one by one in short tasks that yield to the
 * browser between them, so a person can already tap and type in what is on screen. Must be created inside a
 * component (the pending task is cancelled with it).
 */
export function createProgressiveCount(total: number, first: number, budgetMs = DRAW_BUDGET_MS): ProgressiveCount {
  const [count, setCount] = createSignal(Math.min(total, Math.max(0, first)));
  let timer: ReturnType<typeof setTimeout> | undefined;
  const schedule = () => {
    if (count() < total) timer = setTimeout(step, 0);
  };
  function step(): void {
    timer = undefined;
    const start = performance.now();
    // Each write draws its item at once (outside a batch, Solid updates synchronously).
    do setCount((n) => n + 1);
    while (count() < total && performance.now() - start < budgetMs);
    schedule();
  }
  schedule();
  onCleanup(() => clearTimeout(timer));
  return {
    count,
    done: () => count() >= total,
    finish() {
      clearTimeout(timer);
      timer = undefined;
      setCount(total);
    },
  };
}
