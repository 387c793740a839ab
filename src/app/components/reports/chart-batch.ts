/**
 * Charts are created together, in one frame: every box is measured first (one layout), then every chart
 * is drawn at that size. Created one by one, each chart.js constructor reads the layout the previous one
 * invalidated, and a report with 27 charts spent most of its time in those forced layouts.
 */
export interface PendingChart {
  box: HTMLElement;
  draw(size: { width: number; height: number }): void;
}

let queue: PendingChart[] = [];
let scheduled = false;

function flush(): void {
  scheduled = false;
  const batch = queue;
  queue = [];
  const live = batch.filter((p) => p.box.isConnected);
  const sizes = live.map((p) => ({ width: p.box.clientWidth, height: p.box.clientHeight }));
  live.forEach((p, i) => p.draw(sizes[i]!));
}

export function drawSoon(pending: PendingChart): void {
  queue.push(pending);
  if (!scheduled) {
    scheduled = true;
    requestAnimationFrame(flush);
  }
}
