import type { Labels } from './report-labels';

/**
 * One table of a report, and the chart drawn from it. The table is the data; the chart only shows its
 * first value column, so whatever a chart says is also readable (and printable) under it as text.
 */
export interface TableRow {
  key: string;
  label: string;
  /** Formatted cells, one per column ("Reservado" for a suppressed count). */
  cells: string[];
  /** The charted value: null for a suppressed cell, which the chart leaves out. */
  value: number | null;
  /** A link from the row's header (an event of the dashboard to its own report). */
  href?: string;
}

export interface DataTableModel {
  id: string;
  title: string;
  rowHeading: string;
  columns: string[];
  rows: TableRow[];
  notes: string[];
  /** Absent: a table with no chart (lists of events, summaries of a few figures). */
  chart?: { kind: 'bar' | 'line'; horizontal: boolean };
}

/** The chart's text alternative: what it shows, its largest bar, and what it leaves out. */
export function chartSummary(model: DataTableModel, labels: Labels): string {
  const shown = model.rows.filter((r) => r.value !== null);
  const hidden = model.rows.length - shown.length;
  const kind = labels.t(model.chart?.kind === 'line' ? 'reports.chart.line' : 'reports.chart.bar');
  const parts = [labels.t('reports.chart.summary', { kind, title: model.title, count: model.rows.length })];
  const top = shown.reduce<TableRow | undefined>((best, r) => (best === undefined || r.value! > best.value! ? r : best), undefined);
  if (top && top.value! > 0) parts.push(labels.t('reports.chart.top', { label: top.label, value: top.cells[0] ?? String(top.value) }));
  else parts.push(labels.t('reports.chart.allZero'));
  if (hidden > 0) parts.push(labels.t('reports.chart.hidden', { count: hidden }));
  parts.push(labels.t('reports.chart.seeTable'));
  return parts.join(' ');
}

/** True when the chart would have nothing to draw (no rows, or every value hidden). */
// All zeros or all suppressed: a chart would be an empty frame; the table says it in words.
export const nothingToChart = (model: DataTableModel) => model.rows.every((r) => r.value === null || r.value === 0);
