import { describe, expect, it } from 'vitest';
import { backoffDelay } from '../../../src/core/sync/backoff';

describe('backoffDelay', () => {
  const policy = { baseMs: 1000, capMs: 60_000 };

  it('grows exponentially between half and all of the ceiling', () => {
    expect(backoffDelay(0, 0, policy)).toBe(500);
    expect(backoffDelay(0, 1, policy)).toBe(1000);
    expect(backoffDelay(3, 0, policy)).toBe(4000);
    expect(backoffDelay(3, 1, policy)).toBe(8000);
  });

  it('never exceeds the cap, however many attempts', () => {
    expect(backoffDelay(50, 1, policy)).toBe(60_000);
    expect(backoffDelay(50, 0, policy)).toBe(30_000);
  });
});
