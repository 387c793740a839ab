import { DIMENSIONS } from '../../../core/indicators/dimensions';
import { CASE_STATES } from '../../../core/escuchadero/case-status';
import { arrivalsTable, attendanceFacts, breakdownTable, countRowsTable, escuchaderoStatusTable, satisfactionTable } from './indicator-tables';
import { formTables } from './question-tables';
import type { Labels } from './report-labels';
import type { ReportSection } from './report-sections';
import type { EventReport } from './report-types';

const CHARACTERISATION = DIMENSIONS.filter((d) => d !== 'accessibilityNeed');

/** Every section of one event's report, in the order of the memoria. */
export function eventSections(report: EventReport, labels: Labels): ReportSection[] {
  const a = report.attendance;
  const i = report.accessibility.interpreters;
  const e = report.escuchadero;
  const { evaluation, prioritisation, urnas } = report.forms;
  const statusLabel = (code: string) => ((CASE_STATES as readonly string[]).includes(code) ? labels.t(`inbox.status.${code as (typeof CASE_STATES)[number]}`) : code);
  const days = (n: number | null) => labels.decimal(n);
  return [
    {
      id: 'attendance',
      title: labels.t('reports.section.attendance'),
      facts: [
        ...attendanceFacts(a, labels),
        ...(a.unreadableCheckIns > 0 ? [{ label: labels.t('reports.unreadable'), value: labels.count(a.unreadableCheckIns) }] : []),
        ...(report.event.expectedAttendance ? [{ label: labels.t('reports.expected'), value: labels.count(report.event.expectedAttendance) }] : []),
      ],
      tables: a.arrivals.length > 0 ? [arrivalsTable(a.arrivals, labels)] : [],
      ...(a.total === 0 ? { empty: labels.t('reports.noAttendance') } : {}),
    },
    {
      id: 'characterisation',
      title: labels.t('reports.section.characterisation'),
      facts: [],
      tables: CHARACTERISATION.map((d) => breakdownTable(a.breakdowns[d], labels)),
    },
    {
      id: 'accessibility',
      title: labels.t('reports.section.accessibility'),
      facts: [
        { label: labels.t('reports.interpreters.people'), value: labels.count(i.people) },
        { label: labels.t('reports.interpreters.lsc'), value: labels.count(i.lsc) },
        { label: labels.t('reports.interpreters.guide'), value: labels.count(i.guideInterpreter) },
        { label: labels.t('reports.interpreters.threshold'), value: i.thresholdReached ? labels.t('reports.yesReached', { threshold: i.threshold }) : labels.t('reports.notReached', { threshold: i.threshold }) },
        { label: labels.t('reports.interpreters.booked'), value: i.lscInterpreterBooked ? labels.t('forms.yes') : labels.t('forms.no') },
      ],
      tables: [breakdownTable(report.accessibility.requests, labels)],
    },
    {
      id: 'evaluation',
      title: labels.t('reports.section.evaluation'),
      facts: [{ label: labels.t('reports.evaluations'), value: labels.count(evaluation?.submissions ?? 0) }],
      tables: [satisfactionTable('satisfaction', report.satisfaction, labels), ...(evaluation ? formTables(evaluation, labels) : [])],
    },
    {
      id: 'prioritisation',
      title: labels.t('reports.section.prioritisation'),
      facts: [{ label: labels.t('reports.submissions'), value: labels.count(prioritisation?.submissions ?? 0) }],
      tables: prioritisation ? formTables(prioritisation, labels) : [],
    },
    {
      id: 'urnas',
      title: labels.t('reports.section.urnas'),
      facts: urnas.map((u) => ({ label: u.formId, value: labels.t('reports.submissionsOf', { count: labels.count(u.submissions) }) })),
      tables: urnas.flatMap((u) => formTables(u, labels)),
      ...(urnas.length === 0 ? { empty: labels.t('reports.noUrnas') } : {}),
    },
    {
      id: 'escuchadero',
      title: labels.t('reports.section.escuchadero'),
      facts: [
        { label: labels.t('reports.escuchadero.received'), value: labels.count(e.summary.received) },
        { label: labels.t('reports.escuchadero.waitingMean'), value: days(e.waiting.meanWorkingDays) },
        { label: labels.t('reports.escuchadero.waitingMax'), value: days(e.waiting.maxWorkingDays) },
        { label: labels.t('reports.escuchadero.answerMean'), value: days(e.answerTime.meanWorkingDays) },
      ],
      tables: [
        escuchaderoStatusTable('escuchadero-status', e.summary, labels),
        countRowsTable('escuchadero-type', labels.t('reports.escuchadero.byType'), labels.t('reports.type'), e.byType, (k) => labels.escuchadero('tipo', k), labels),
        countRowsTable('escuchadero-topic', labels.t('reports.escuchadero.byTopic'), labels.t('reports.topic'), e.byTopic, (k) => labels.escuchadero('tema', k), labels),
        countRowsTable('escuchadero-case', labels.t('reports.escuchadero.byStatus'), labels.t('reports.state'), e.byStatus, statusLabel, labels),
      ],
      ...(e.summary.received === 0 ? { empty: labels.t('reports.noEscuchadero') } : {}),
    },
  ];
}
