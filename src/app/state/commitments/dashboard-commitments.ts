import type { CommitmentTally } from '../../../core/commitments';
import type { EscuchaderoSummary } from '../../../core/indicators/escuchadero-tally';
import { countRowsTable } from '../reports/indicator-tables';
import type { Labels } from '../reports/report-labels';
import type { ReportSection } from '../reports/report-sections';

/**
 * Questions answered within the 15 working days: the tally's due date already counts working days and
 * Colombian holidays (core escuchadero adapter, src/core/time), so "on time" is answered and not late.
 */
export const answeredOnTime = (summary: EscuchaderoSummary): number => Math.max(0, summary.answered - summary.answeredLate);

/** The escuchadero fact the period dashboard adds for the MURC's 15-working-day rule. */
export const answeredOnTimeFact = (summary: EscuchaderoSummary, labels: Labels) => ({
  label: labels.t('commitments.dashboard.answeredOnTime'),
  value: labels.count(answeredOnTime(summary)),
});

/** The period dashboard's commitments: made at the period's events, fulfilled on time, overdue, still open. */
export function commitmentsSection(tally: CommitmentTally, labels: Labels): ReportSection {
  const stateRows = [
    { key: 'cumplido', count: tally.fulfilled },
    { key: 'en_curso', count: tally.inProgress },
    { key: 'pendiente', count: tally.pending },
    { key: 'vencido', count: tally.overdue },
  ];
  const stateLabel = (key: string) => labels.t(`commitments.status.${key as 'cumplido' | 'en_curso' | 'pendiente' | 'vencido'}`);
  const table = countRowsTable('commitments-status', labels.t('commitments.dashboard.table'), labels.t('commitments.dashboard.state'), stateRows, stateLabel, labels);
  return {
    id: 'commitments',
    title: labels.t('commitments.dashboard.section'),
    facts: [
      { label: labels.t('commitments.dashboard.made'), value: labels.count(tally.made) },
      { label: labels.t('commitments.dashboard.fulfilledOnTime'), value: labels.count(tally.fulfilledOnTime) },
      { label: labels.t('commitments.dashboard.overdue'), value: labels.count(tally.overdue) },
    ],
    tables: [{ ...table, notes: [labels.t('commitments.dashboard.note')] }],
    ...(tally.made === 0 ? { empty: labels.t('commitments.empty') } : {}),
  };
}
