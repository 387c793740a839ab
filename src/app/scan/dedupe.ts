/**
 * Drops a text seen less than `windowMs` ago: decoders fire on every frame the code stays in view.
 * A different text passes at once (the next person's pass), and the same one again after the window.
 * `forget` is for a text the screen could not take (a result was showing): it must pass as soon as it
 * is read again, or a pass held up during the previous person's result would be dropped while held.
 */
export function createDeduper(windowMs: number, now: () => number = () => performance.now()) {
  let lastText: string | undefined;
  let lastAt = Number.NEGATIVE_INFINITY;
  const isNew = (text: string): boolean => {
    const at = now();
    const repeat = text === lastText && at - lastAt < windowMs;
    lastAt = at; // a code held in view keeps extending its own window
    lastText = text;
    return !repeat;
  };
  const forget = (text: string): void => {
    if (text !== lastText) return;
    lastText = undefined;
    lastAt = Number.NEGATIVE_INFINITY;
  };
  return Object.assign(isNew, { forget });
}
