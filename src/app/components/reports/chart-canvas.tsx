import { onCleanup, onMount } from 'solid-js';
import { wrapLabel } from '../../state/reports/chart-labels';
import { drawSoon } from './chart-batch';
import type { DataTableModel } from '../../state/reports/data-table';

// Dark blue on white (10:1, beyond the 3:1 non-text contrast of WCAG 1.4.11); every chart is one series,
// so no meaning rests on telling colours apart, and the table below carries every value as text.
const BAR = '#0b3d91';
const INK = '#111827';
const GRID = '#9ca3af';

type ChartInstance = { destroy(): void };

/** Pixels a horizontal chart needs: chart.js gives every category the same band, as tall as the longest label. */
export function chartHeight(model: DataTableModel): number {
  if (!model.chart?.horizontal) return 240;
  const lines = Math.max(1, ...model.rows.map((r) => [wrapLabel(r.label)].flat().length));
  return Math.max(140, 48 + model.rows.length * (10 + 16 * lines));
}

/**
 * A bar chart of the table's first column, drawn once chart.js has loaded. The canvas is an image
 * (role="img") whose label is the text summary; data-drawn tells tests and the bench when it is painted.
 */
export function ChartCanvas(props: { model: DataTableModel; summary: string; valueLabel: string }) {
  let canvas: HTMLCanvasElement | undefined;
  let chart: ChartInstance | undefined;
  let disposed = false;
  let box: HTMLDivElement | undefined;
  onMount(() => {
    void import('./chart-setup').then(({ Chart }) => {
      if (disposed || !canvas || !box) return;
      drawSoon({
        box,
        draw: (size) => {
          if (disposed || !canvas) return;
          // Sized up front (no layout read inside chart.js); chart-setup resizes them for print and window changes.
          canvas.width = size.width;
          canvas.height = size.height;
          canvas.style.display = 'block';
          canvas.style.boxSizing = 'border-box';
          const horizontal = props.model.chart?.horizontal ?? false;
          const axis = { ticks: { color: INK, font: { size: 13 }, precision: 0 }, grid: { color: GRID }, border: { color: INK } };
          chart = new Chart(canvas, {
            type: 'bar',
            data: {
              labels: props.model.rows.map((r) => (horizontal ? wrapLabel(r.label) : r.label)),
              datasets: [{ label: props.valueLabel, data: props.model.rows.map((r) => r.value), backgroundColor: BAR, borderColor: INK, borderWidth: 1 }],
            },
            options: {
              indexAxis: horizontal ? 'y' : 'x',
              animation: false,
              responsive: false,
              maintainAspectRatio: false,
              devicePixelRatio: window.devicePixelRatio,
              plugins: { legend: { display: false } },
              // Horizontal charts keep every category label (chart.js would skip some); their box grows instead.
              scales: {
                x: { ...axis, beginAtZero: true },
                y: { ...axis, beginAtZero: true, ticks: { ...axis.ticks, autoSkip: !horizontal } },
              },
            },
          });
          canvas.dataset.drawn = 'true';
          canvas.dataset.drawnAt = performance.now().toFixed(0); // read by the render bench
        },
      });
    });
  });
  onCleanup(() => {
    disposed = true;
    chart?.destroy();
  });
  return (
    <div class="rpt-chart" ref={box} style={{ height: `${chartHeight(props.model)}px` }}>
      <canvas ref={canvas} role="img" aria-label={props.summary} data-testid="report-chart" />
    </div>
  );
}
