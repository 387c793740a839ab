import { describe, expect, it } from 'vitest';
import { createDeduper } from '../../../src/app/scan/dedupe';

describe('the scanner deduper', () => {
  const clock = () => {
    let now = 0;
    return { now: () => now, advance: (ms: number) => (now += ms) };
  };

  it('passes a code once while it stays in view, and again once it has been out of view for the window', () => {
    const time = clock();
    const isNew = createDeduper(2_000, time.now);
    expect(isNew('CAB1.a')).toBe(true);
    for (let frame = 0; frame < 30; frame++) {
      time.advance(80); // 12 fps, held for 2.4 s: longer than the window, still one scan
      expect(isNew('CAB1.a')).toBe(false);
    }
    time.advance(2_001);
    expect(isNew('CAB1.a')).toBe(true);
  });

  it('passes the next person\'s different code at once', () => {
    const time = clock();
    const isNew = createDeduper(2_000, time.now);
    expect(isNew('CAB1.a')).toBe(true);
    time.advance(80);
    expect(isNew('CAB1.b')).toBe(true);
  });

  it('forgets a code the screen could not take, so the very next read of it passes', () => {
    const time = clock();
    const isNew = createDeduper(2_000, time.now);
    expect(isNew('CAB1.b')).toBe(true);
    isNew.forget('CAB1.b'); // a result was still on screen
    time.advance(80);
    expect(isNew('CAB1.b')).toBe(true);
    time.advance(80);
    expect(isNew('CAB1.b')).toBe(false); // taken this time: held in view, it is one scan again
  });

  it('forgetting another text leaves the last one remembered', () => {
    const time = clock();
    const isNew = createDeduper(2_000, time.now);
    isNew('CAB1.a');
    isNew.forget('CAB1.z');
    time.advance(80);
    expect(isNew('CAB1.a')).toBe(false);
  });
});
