import { DIMENSIONS } from '../../../core/indicators/dimensions';
import { arrivalsTable, attendanceFacts, breakdownTable, satisfactionTable } from './indicator-tables';
import type { LocalEventReport } from './local-event-report';
import type { Labels } from './report-labels';
import type { ReportSection } from './report-sections';

/** The provisional report of this device: attendance, characterisation and satisfaction only. */
export function localSections(local: LocalEventReport, labels: Labels): ReportSection[] {
  const a = local.attendance;
  return [
    {
      id: 'local-attendance',
      title: labels.t('reports.section.attendance'),
      facts: attendanceFacts(a, labels),
      tables: a.arrivals.length > 0 ? [arrivalsTable(a.arrivals, labels)] : [],
      ...(a.total === 0 ? { empty: labels.t('reports.local.none') } : {}),
    },
    {
      id: 'local-characterisation',
      title: labels.t('reports.section.characterisation'),
      facts: [],
      tables: a.total === 0 ? [] : DIMENSIONS.map((d) => breakdownTable(a.breakdowns[d], labels)),
    },
    {
      id: 'local-evaluation',
      title: labels.t('reports.section.evaluation'),
      facts: [],
      tables: local.satisfaction.responses === 0 ? [] : [satisfactionTable('local-satisfaction', local.satisfaction, labels)],
      ...(local.satisfaction.responses === 0 ? { empty: labels.t('reports.local.noEvaluations') } : {}),
    },
  ];
}
