import { afterEach, describe, expect, it } from 'vitest';
import { backoffDelay, defaultBackoff } from '../../../src/core/sync/backoff';
import { problem } from '../../../src/core/problems/problem';
import { SCHEDULE_DELAY_MS } from '../../../src/app/sync/runner';
import { queueAttendance } from '../fixtures';
import { CLOCK, closeHarnesses, startHarness } from './runner-harness';
import { acceptAll } from './scripted-sync-server';

afterEach(closeHarnesses);

const down = () => ({ status: 503, body: problem('server.error') });

/** Random values fed to the runner, one per failure. */
function sequence(values: number[]) {
  let i = 0;
  return () => values[i++ % values.length]!;
}

describe('outbox runner: backoff between failed tries', () => {
  it('waits exponentially longer after each failure, jittered within [ceiling/2, ceiling]', async () => {
    const randoms = [0, 1, 0.3, 0.9, 0.5, 0.1, 0.7, 0.2, 0.6, 1];
    const h = await startHarness(down, { random: sequence(randoms) });
    await queueAttendance(h.db, h.device, 1);

    const delays: number[] = [];
    await h.runner.syncNow();
    for (let attempt = 0; attempt < randoms.length; attempt++) {
      const [delay] = h.timers.delays();
      const ceiling = Math.min(defaultBackoff.capMs, defaultBackoff.baseMs * 2 ** attempt);
      expect(delay).toBe(backoffDelay(attempt, randoms[attempt]!));
      expect(delay).toBeGreaterThanOrEqual(ceiling / 2);
      expect(delay).toBeLessThanOrEqual(ceiling);
      expect(h.runner.status().nextAttemptAt).toBe(new Date(CLOCK.getTime() + delay!).toISOString());
      delays.push(delay!);
      h.timers.fire(delay); // the retry happens on the timer, and only then
      await h.runner.syncNow();
      expect(h.server.pushes).toHaveLength(attempt + 2);
    }
    // Jitter: the same attempt index never forces the same wait on every phone.
    expect(new Set(delays.map((d, i) => d / Math.min(defaultBackoff.capMs, defaultBackoff.baseMs * 2 ** i))).size).toBeGreaterThan(3);
    expect(delays.at(-1)).toBe(defaultBackoff.capMs); // capped
  });

  it('grows strictly with a constant jitter, and keeps the count across a reload', async () => {
    const h = await startHarness(down, { random: () => 0.5 });
    await queueAttendance(h.db, h.device, 1);
    const delays: number[] = [];
    await h.runner.syncNow();
    for (let i = 0; i < 3; i++) {
      delays.push(h.timers.delays()[0]!);
      h.timers.fire();
      await h.runner.syncNow();
    }
    expect(delays).toEqual([1_500, 3_000, 6_000]);
    h.runner.stop();

    const reloaded = h.runnerFor({ random: () => 0.5 });
    await reloaded.syncNow();
    expect(reloaded.status().nextAttemptAt).toBe(new Date(CLOCK.getTime() + backoffDelay(4, 0.5)).toISOString());
  });

  it('starts again from the shortest wait after a success', async () => {
    const h = await startHarness(down, { random: () => 0.5 });
    await queueAttendance(h.db, h.device, 1);
    await h.runner.syncNow();
    h.timers.fire();
    await h.runner.syncNow(); // two failures
    h.server.setScript(acceptAll);
    h.timers.fire();
    await h.runner.syncNow(); // success
    h.server.setScript(down);
    await queueAttendance(h.db, h.device, 1);
    await h.runner.syncNow();
    expect(h.timers.delays()).toEqual([backoffDelay(0, 0.5)]);
  });
});

describe('outbox runner: schedule()', () => {
  it('debounces bursts of saves into one request', async () => {
    const h = await startHarness(acceptAll);
    await queueAttendance(h.db, h.device, 3);
    h.runner.schedule();
    h.runner.schedule();
    h.runner.schedule();
    expect(h.timers.delays()).toEqual([SCHEDULE_DELAY_MS]);
    h.timers.fire();
    await h.runner.syncNow();
    expect(h.server.pushes).toHaveLength(1);
    expect(await h.db.outbox.count()).toBe(0);
  });

  it('does not postpone a send forever while saves keep coming', async () => {
    let now = CLOCK.getTime();
    const h = await startHarness(acceptAll, { now: () => new Date(now) });
    for (let i = 0; i < 20; i++) {
      h.runner.schedule(1_500);
      now += 1_000;
    }
    // First call at t0; the 20th at t0 + 19 s; the send is due at t0 + 10 s at the latest.
    expect(h.timers.delays()).toEqual([0]);
  });

  it('never brings a retry earlier than the backoff, so an outage is not hammered by every save', async () => {
    const h = await startHarness(down, { random: () => 1 });
    await queueAttendance(h.db, h.device, 1);
    await h.runner.syncNow();
    const backoff = h.timers.delays()[0]!;
    h.runner.schedule(); // a new save during the outage
    expect(h.timers.delays()).toEqual([backoff]);
  });
});
