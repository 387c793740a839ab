import { BarController, BarElement, CategoryScale, Chart, LinearScale, Tooltip } from 'chart.js';

/**
 * Only the chart.js parts the reports draw (bars, two axes, tooltips), registered once. This module is
 * reached by dynamic import from the report screens only, so chart.js never enters the startup bundle.
 */
Chart.register(BarController, BarElement, CategoryScale, LinearScale, Tooltip);

/**
 * Charts are drawn at a measured size (chart-batch.ts) rather than watching their boxes one by one, so
 * they are resized here, all at once: for paper (A4 is narrower than the screen) and back, and when the
 * window changes size (chart.js's own advice for printing).
 */
const resizeAll = () => {
  for (const chart of Object.values(Chart.instances)) chart.resize();
};
let pending: ReturnType<typeof setTimeout> | undefined;
window.addEventListener('beforeprint', resizeAll);
window.addEventListener('afterprint', resizeAll);
window.addEventListener('resize', () => {
  clearTimeout(pending);
  pending = setTimeout(resizeAll, 150);
});

export { Chart };
