import { DIMENSIONS } from '../../../core/indicators/dimensions';
import { isSuppressed, suppressionNote } from '../../../core/indicators/publish-breakdown';
import type { DataTableModel } from './data-table';
import { attendanceFacts, breakdownTable, countRowsTable, escuchaderoStatusTable, satisfactionTable } from './indicator-tables';
import type { Labels } from './report-labels';
import type { ReportSection } from './report-sections';
import type { PeriodDashboard } from './report-types';
import { bogotaDateOf } from '../../../core/time';
import { answeredOnTimeFact, commitmentsSection } from '../commitments/dashboard-commitments';

/** Comunas side by side: the chart shows attendance; the table every figure. */
function comparisonTable(d: PeriodDashboard, labels: Labels): DataTableModel {
  return {
    id: 'territories',
    title: labels.t('reports.comparison', { territory: labels.territoryIn.one }),
    rowHeading: labels.territory,
    columns: [
      labels.t('reports.attendanceAtEvents'),
      labels.t('reports.eventsHeld'),
      labels.t('reports.residents'),
      labels.t('reports.escuchadero.received'),
      labels.t('reports.escuchadero.overdue'),
      labels.t('reports.satisfactionShort'),
    ],
    rows: d.territories.map((row) => ({
      key: row.territory,
      label: labels.code('territories', row.territory),
      cells: [
        labels.count(row.attendance),
        labels.count(row.events),
        row.residentsNotPublishable === true
          ? labels.t('reports.notPublishableMark', { count: labels.count(row.residentAttendees) })
          : labels.count(row.residentAttendees),
        labels.count(row.escuchadero.received),
        labels.count(row.escuchadero.overdue),
        labels.decimal(row.satisfaction.mean),
      ],
      value: row.attendance,
    })),
    notes: [
      labels.t('reports.comparisonNote', { thatTerritory: labels.territoryIn.that }),
      ...(d.territories.some((r) => isSuppressed(r.residentAttendees)) ? [suppressionNote[labels.lang]] : []),
      ...(d.territories.some((r) => r.residentsNotPublishable === true) ? [labels.t('reports.notPublishableNote')] : []),
    ],
    chart: { kind: 'bar', horizontal: true },
  };
}

/** The period's events one per row (no chart: a list). */
function eventsTable(d: PeriodDashboard, labels: Labels): DataTableModel {
  return {
    id: 'events',
    title: labels.t('reports.eventList'),
    rowHeading: labels.t('reports.event'),
    columns: [labels.t('reports.date'), labels.t('reports.type'), labels.territory, labels.t('reports.total'), labels.t('reports.escuchadero.received'), labels.t('reports.satisfactionShort')],
    rows: d.perEvent.map((e) => ({
      key: e.eventId,
      label: e.name,
      cells: [
        bogotaDateOf(e.startsAt) ?? e.startsAt,
        labels.code('eventTypes', e.type),
        e.territory === undefined ? '—' : labels.code('territories', e.territory),
        labels.count(e.attendance.total),
        labels.count(e.escuchadero.received),
        labels.decimal(e.satisfaction.mean),
      ],
      value: e.attendance.total,
      href: `/eventos/${encodeURIComponent(e.eventId)}/informe`,
    })),
    notes: [],
  };
}

/** The period dashboard's sections: events, attendance and characterisation, escuchadero, satisfaction, comunas. */
export function dashboardSections(d: PeriodDashboard, labels: Labels): ReportSection[] {
  const a = d.attendance;
  const byCode = (catalogue: 'eventTypes' | 'murcStages' | 'territories') => (key: string) => labels.code(catalogue, key);
  return [
    {
      id: 'events',
      title: labels.t('reports.section.events'),
      facts: [{ label: labels.t('reports.eventsHeld'), value: labels.count(d.events.count) }],
      tables: [
        countRowsTable('events-type', labels.t('reports.byType'), labels.t('reports.type'), d.events.byType, byCode('eventTypes'), labels),
        countRowsTable('events-stage', labels.t('reports.byStage'), labels.t('reports.stage'), d.events.byStage, byCode('murcStages'), labels),
        countRowsTable('events-territory', labels.t('reports.byTerritory', { territory: labels.territoryIn.one }), labels.territory, d.events.byTerritory, byCode('territories'), labels),
      ],
      ...(d.events.count === 0 ? { empty: labels.t('reports.noEvents') } : {}),
    },
    {
      id: 'attendance',
      title: labels.t('reports.section.characterisation'),
      facts: attendanceFacts(a, labels),
      tables: DIMENSIONS.map((dim) => breakdownTable(a.breakdowns[dim], labels)),
    },
    {
      id: 'escuchadero',
      title: labels.t('reports.section.escuchadero'),
      facts: [
        { label: labels.t('reports.escuchadero.received'), value: labels.count(d.escuchadero.received) },
        { label: labels.t('reports.escuchadero.answered'), value: labels.count(d.escuchadero.answered) },
        answeredOnTimeFact(d.escuchadero, labels),
        { label: labels.t('reports.escuchadero.overdue'), value: labels.count(d.escuchadero.overdue) },
      ],
      tables: [escuchaderoStatusTable('escuchadero-status', d.escuchadero, labels)],
    },
    ...(d.commitments ? [commitmentsSection(d.commitments, labels)] : []),
    {
      id: 'satisfaction',
      title: labels.t('reports.section.evaluation'),
      facts: [{ label: labels.t('reports.satisfactionShort'), value: labels.decimal(d.satisfaction.mean) }],
      tables: [satisfactionTable('satisfaction', d.satisfaction, labels)],
    },
    { id: 'territories', title: labels.t('reports.section.territories', { territories: labels.territoryIn.many }), facts: [], tables: [comparisonTable(d, labels)] },
    { id: 'event-list', title: labels.t('reports.eventList'), facts: [], tables: [eventsTable(d, labels)] },
  ];
}
