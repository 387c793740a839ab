import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createRoot } from 'solid-js';
import { createProgressiveCount } from '../../../src/app/state/forms/progressive-count';

describe('createProgressiveCount', () => {
  beforeEach(() => void vi.useFakeTimers());
  afterEach(() => void vi.useRealTimers());

  it('draws the first items at once, then one more per task when each item takes the whole budget', () => {
    createRoot((dispose) => {
      const drawing = createProgressiveCount(4, 1, 0);
      expect(drawing.count()).toBe(1);
      expect(drawing.done()).toBe(false);
      vi.advanceTimersToNextTimer();
      expect(drawing.count()).toBe(2);
      vi.advanceTimersToNextTimer();
      vi.advanceTimersToNextTimer();
      expect(drawing.count()).toBe(4);
      expect(drawing.done()).toBe(true);
      expect(vi.getTimerCount()).toBe(0);
      dispose();
    });
  });

  it('draws as many as fit in one task’s budget', () => {
    createRoot((dispose) => {
      const drawing = createProgressiveCount(50, 0, 60_000);
      expect(drawing.count()).toBe(0);
      vi.advanceTimersToNextTimer();
      expect(drawing.count()).toBe(50);
      dispose();
    });
  });

  it('finish() draws the rest now and nothing is scheduled after', () => {
    createRoot((dispose) => {
      const drawing = createProgressiveCount(10, 2, 0);
      drawing.finish();
      expect(drawing.count()).toBe(10);
      expect(vi.getTimerCount()).toBe(0);
      dispose();
    });
  });

  it('stops when its owner is disposed, and never counts past the total', () => {
    const drawing = createRoot((dispose) => {
      const d = createProgressiveCount(5, 1, 0);
      dispose();
      return d;
    });
    expect(vi.getTimerCount()).toBe(0);
    expect(drawing.count()).toBe(1);
    expect(createRoot(() => createProgressiveCount(3, 9)).count()).toBe(3);
  });
});
