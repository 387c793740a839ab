/**
 * Drops a text seen less than `windowMs` ago: decoders fire on every frame the code stays in view.
 * A different text passes at once (the next person's pass), and the same one again after the window.
 */
export function createDeduper(windowMs: number, now: () => number = () => performance.now()) {
  let lastText: string | undefined;
  let lastAt = Number.NEGATIVE_INFINITY;
  return (text: string): boolean => {
    const at = now();
    const repeat = text === lastText && at - lastAt < windowMs;
    lastAt = at; // a code held in view keeps extending its own window
    lastText = text;
    return !repeat;
  };
}
