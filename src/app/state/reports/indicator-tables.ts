import type { CountRow } from '../../../core/indicators/count-rows';
import type { EscuchaderoSummary } from '../../../core/indicators/escuchadero-tally';
import { isSuppressed, suppressionNote, type PublishedBreakdown, type PublishedCount } from '../../../core/indicators/publish-breakdown';
import type { ArrivalBucket } from '../../../core/indicators/quarter-hours';
import { RATINGS, type SatisfactionSummary } from '../../../core/indicators/satisfaction-tally';
import type { DataTableModel, TableRow } from './data-table';
import type { Labels } from './report-labels';
import type { ReportSection } from './report-sections';

/** Tables shared by the event report and the period dashboard (one builder per kind of indicator). */

const valueOf = (v: PublishedCount): number | null => (isSuppressed(v) ? null : v);

export const countRow = (key: string, label: string, value: PublishedCount, labels: Labels, notPublishable = false): TableRow => ({
  key,
  label,
  cells: [notPublishable ? labels.t('reports.notPublishableMark', { count: labels.count(value) }) : labels.count(value)],
  value: valueOf(value),
});

/** A characterisation variable as the server published it: suppressed cells stay suppressed. */
export function breakdownTable(breakdown: PublishedBreakdown, labels: Labels): DataTableModel {
  const notes = [labels.t('reports.base', { count: labels.count(breakdown.base) })];
  if (breakdown.multiValued) notes.push(labels.t('reports.multiValued'));
  if (breakdown.cells.some((c) => isSuppressed(c.value))) notes.push(suppressionNote[labels.lang]);
  if (breakdown.cells.some((c) => c.notPublishable === true)) notes.push(labels.t('reports.notPublishableNote'));
  return {
    id: `breakdown-${breakdown.dimension}`,
    title: labels.dimension(breakdown.dimension),
    rowHeading: labels.t('reports.category'),
    columns: [labels.t('reports.people')],
    rows: breakdown.cells.map((c) => countRow(c.key, labels.dimensionCode(breakdown.dimension, c.key), c.value, labels, c.notPublishable === true)),
    notes,
    chart: { kind: 'bar', horizontal: true },
  };
}

/** Arrivals per quarter hour: "09:15" (with the date when the event spans several days). */
export function arrivalsTable(arrivals: readonly ArrivalBucket[], labels: Labels): DataTableModel {
  const days = new Set(arrivals.map((a) => a.start.slice(0, 10)));
  const labelOf = (start: string) => (days.size > 1 ? `${start.slice(0, 10)} ${start.slice(11, 16)}` : start.slice(11, 16));
  return {
    id: 'arrivals',
    title: labels.t('reports.arrivals'),
    rowHeading: labels.t('reports.quarterHour'),
    columns: [labels.t('reports.people')],
    rows: arrivals.map((a) => countRow(a.start, labelOf(a.start), a.count, labels)),
    notes: [labels.t('reports.arrivalsNote')],
    chart: { kind: 'bar', horizontal: false },
  };
}

export function countRowsTable(id: string, title: string, rowHeading: string, rows: readonly CountRow[], labelOf: (key: string) => string, labels: Labels): DataTableModel {
  return {
    id,
    title,
    rowHeading,
    columns: [labels.t('reports.count')],
    rows: rows.map((r) => countRow(r.key, labelOf(r.key), r.count, labels)),
    notes: [],
    chart: { kind: 'bar', horizontal: true },
  };
}

/** The 1–5 overall rating of the evaluation: distribution, with the mean as a note. */
export function satisfactionTable(id: string, summary: SatisfactionSummary, labels: Labels): DataTableModel {
  return {
    id,
    title: labels.t('reports.satisfaction'),
    rowHeading: labels.t('reports.rating'),
    columns: [labels.t('reports.responses')],
    rows: RATINGS.map((r) => countRow(String(r), String(r), summary.distribution[r], labels)),
    notes: [labels.t('reports.satisfactionMean', { mean: labels.decimal(summary.mean), count: labels.count(summary.responses) })],
    chart: { kind: 'bar', horizontal: false },
  };
}

/** Received = answered + pending + overdue (core escuchadero-tally), as of the report's instant. */
export function escuchaderoStatusTable(id: string, summary: EscuchaderoSummary, labels: Labels): DataTableModel {
  const row = (key: 'answered' | 'pending' | 'overdue') => countRow(key, labels.t(`reports.escuchadero.${key}`), summary[key], labels);
  return {
    id,
    title: labels.t('reports.escuchadero.status'),
    rowHeading: labels.t('reports.state'),
    columns: [labels.t('reports.entries')],
    rows: [row('answered'), row('pending'), row('overdue')],
    notes: [labels.t('reports.escuchadero.receivedNote', { received: labels.count(summary.received), late: labels.count(summary.answeredLate) })],
    chart: { kind: 'bar', horizontal: true },
  };
}

type AttendanceCounts = { total: number; consented: number; anonymous: number; duplicatesOfflineAdmitted: number };

/** The four key figures of attendance, the same in an event's report, this device's and the dashboard. */
export const attendanceFacts = (a: AttendanceCounts, labels: Labels): ReportSection['facts'] => [
  { label: labels.t('reports.total'), value: labels.count(a.total) },
  { label: labels.t('reports.consented'), value: labels.count(a.consented) },
  { label: labels.t('reports.anonymous'), value: labels.count(a.anonymous) },
  { label: labels.t('reports.duplicates'), value: labels.count(a.duplicatesOfflineAdmitted) },
];
