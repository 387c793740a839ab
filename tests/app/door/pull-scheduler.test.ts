import { describe, expect, it } from 'vitest';
import { createPullScheduler } from '../../../src/app/sync/pull-scheduler';
import type { PullOutcome } from '../../../src/app/sync/pull';

const pulled: PullOutcome = { kind: 'pulled', applied: { events: 0, attendees: 0, checkIns: 0 } };

function manualInterval() {
  const timers = new Map<number, () => void>();
  let next = 0;
  return {
    setInterval: (fn: () => void) => (timers.set(++next, fn), next),
    clearInterval: (handle: unknown) => void timers.delete(handle as number),
    tick: () => [...timers.values()].forEach((fn) => fn()),
    active: () => timers.size,
  };
}

describe('pull scheduler', () => {
  it('joins a pull under way, and pulls once more when asked during it', async () => {
    let calls = 0;
    let release: (() => void) | undefined;
    const scheduler = createPullScheduler({
      pull: () => {
        calls++;
        return new Promise<PullOutcome>((resolve) => (release = () => resolve(pulled)));
      },
      isOnline: () => true,
    });
    const first = scheduler.pullNow();
    const second = scheduler.pullNow(); // e.g. a push ended while the pull travelled
    expect(calls).toBe(1);
    release!();
    await new Promise((r) => setTimeout(r, 0));
    expect(calls).toBe(2);
    release!();
    expect(await first).toEqual(pulled);
    expect(await second).toEqual(pulled);
    expect(scheduler.status().phase).toBe('idle');
  });

  it('pulls on the interval only while a door holds it and the device is online', async () => {
    const timers = manualInterval();
    let online = true;
    let calls = 0;
    const scheduler = createPullScheduler({ pull: async () => (calls++, pulled), isOnline: () => online, ...timers });
    const releaseA = scheduler.keepFresh();
    const releaseB = scheduler.keepFresh();
    expect(timers.active()).toBe(1);
    timers.tick();
    await new Promise((r) => setTimeout(r, 0));
    expect(calls).toBe(1);
    online = false;
    timers.tick();
    expect(calls).toBe(1);
    releaseA();
    expect(timers.active()).toBe(1);
    releaseB();
    expect(timers.active()).toBe(0);
  });

  it('reports an offline pull and keeps the last success', async () => {
    let outcome: PullOutcome = pulled;
    const scheduler = createPullScheduler({ pull: async () => outcome, isOnline: () => true, now: () => new Date('2026-11-21T15:00:00Z') });
    await scheduler.pullNow();
    outcome = { kind: 'failed', phase: 'offline', problem: { code: 'network.unreachable', message: '' } };
    await scheduler.pullNow();
    expect(scheduler.status()).toMatchObject({ phase: 'offline', lastSuccessAt: '2026-11-21T15:00:00.000Z' });
  });
});
