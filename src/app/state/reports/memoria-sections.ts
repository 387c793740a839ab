import { isReservedKey } from '../../../core/indicators/dimensions';
import type { DataTableModel } from './data-table';
import { eventSections } from './event-sections';
import type { Labels } from './report-labels';
import type { ReportSection } from './report-sections';
import type { EventReport } from './report-types';

/**
 * The memoria is a document a municipality publishes (issue 13): what happened is told once, and what did not
 * happen is left out. A table whose every count is zero (or that has no counts at all, like a free-text question)
 * is dropped with its chart; a section left with nothing is dropped with its heading. Suppressed cells are
 * not zeros: a table of "Reservado" cells stays (it says the group exists and is protected).
 */
export const hasCounts = (table: DataTableModel): boolean =>
  // "Sin respuesta" alone says only that nobody answered: no table.
  table.columns.length > 0 && table.rows.some((row) => !isReservedKey(row.key) && (row.value === null || row.value !== 0));

/** What happened, in the memoria's order, and (as annexes) the detail a reader may look up. */
export interface MemoriaSections {
  /** Attendance, characterisation, accessibility. */
  attendance: ReportSection[];
  /** The escuchadero's figures, shown right above its questions and answers. */
  escuchadero?: ReportSection;
  evaluation?: ReportSection;
  /** Prioritisation and urnas: annexes. */
  annexes: ReportSection[];
}

/** The figures a reader compares at a glance keep their chart on paper; every other table is read as a table. */
const CHARTED = new Set(['arrivals', 'satisfaction', 'breakdown-territory', 'breakdown-lifeStage']);

/**
 * A table as the memoria prints it: a category nobody chose is left out (the note says so), a suppressed cell
 * stays; ordered scales (ratings, quarter hours) keep every step so their shape reads right.
 */
export function memoriaTable(table: DataTableModel): DataTableModel {
  const scale = table.chart !== undefined && !table.chart.horizontal;
  const rows = scale ? table.rows : table.rows.filter((row) => row.value !== 0);
  const { chart, ...rest } = table;
  // That categories nobody chose are left out is said once, under the memoria's date (memoria-route.tsx).
  return { ...rest, rows, ...(chart && CHARTED.has(table.id) ? { chart } : {}) };
}

const keep = (section: ReportSection | undefined, happened: boolean): ReportSection | undefined => {
  if (!section || !happened) return undefined;
  // Charted figures (a full row each on paper) first, then the small tables fill rows of three.
  const tables = section.tables.filter(hasCounts).map(memoriaTable);
  tables.sort((a, b) => Number(b.chart !== undefined) - Number(a.chart !== undefined));
  const { empty: _empty, ...rest } = section;
  return tables.length > 0 || section.facts.length > 0 ? { ...rest, tables } : undefined;
};

export function memoriaSections(report: EventReport, labels: Labels): MemoriaSections {
  const byId = new Map(eventSections(report, labels).map((s) => [s.id, s]));
  const attended = report.attendance.total > 0;
  const { evaluation, prioritisation, urnas } = report.forms;
  const interpreters = report.accessibility.interpreters;
  const characterisation = keep(byId.get('characterisation'), attended);
  return {
    attendance: [
      keep(byId.get('attendance'), attended),
      // The characterisation without a table left is no section at all (its facts are none).
      characterisation && characterisation.tables.length > 0 ? characterisation : undefined,
      keep(byId.get('accessibility'), attended && (interpreters.people !== 0 || report.accessibility.requests.cells.some((c) => !isReservedKey(c.key) && c.value !== 0))),
    ].filter((s): s is ReportSection => s !== undefined),
    escuchadero: keep(byId.get('escuchadero'), report.escuchadero.summary.received > 0),
    evaluation: keep(byId.get('evaluation'), (evaluation?.submissions ?? 0) > 0),
    annexes: [
      keep(byId.get('prioritisation'), (prioritisation?.submissions ?? 0) > 0),
      keep(byId.get('urnas'), urnas.some((u) => u.submissions > 0)),
    ].filter((s): s is ReportSection => s !== undefined),
  };
}
