import type { Catalogues } from '../../../core/catalogues';
import { FORM_SUBMISSION_KIND } from '../../../core/forms/form-submission';
import { attendanceFactsOf, categoryOrderOf, EVALUATION_FORM_ID, evaluationFactsOf } from '../../../core/indicators/adapters';
import { aggregateEventAttendance } from '../../../core/indicators/event-attendance';
import { publishAttendance } from '../../../core/indicators/publish-summary';
import { withEmptyBuckets } from '../../../core/indicators/quarter-hours';
import { addEvaluation, emptySatisfaction, summariseSatisfaction, type SatisfactionSummary } from '../../../core/indicators/satisfaction-tally';
import type { RecordEnvelope } from '../../../core/records/envelope';
import type { EventReport } from './report-types';

/**
 * A field device's own view of its event when the server cannot be reached: the same core aggregation
 * and small-cell suppression as the server (src/server/reports/event-report.ts), over the records this
 * device created. Other devices' check-ins are not here, so it is provisional and says so.
 */
export interface LocalEventReport {
  records: number;
  attendance: EventReport['attendance'];
  satisfaction: SatisfactionSummary;
}

type Submission = { formId?: unknown; eventId?: unknown; answers?: unknown };

export function localEventReport(eventId: string, records: readonly RecordEnvelope[], catalogues: Catalogues): LocalEventReport {
  const ofEvent = records.filter((r) => (r.payload as { eventId?: unknown } | null)?.eventId === eventId);
  const facts = attendanceFactsOf(ofEvent, { lifeStages: catalogues.lifeStages });
  const attendance = publishAttendance(aggregateEventAttendance(eventId, facts, { categories: categoryOrderOf(catalogues) }));
  const evaluations = ofEvent
    .filter((r) => r.kind === FORM_SUBMISSION_KIND && (r.payload as Submission).formId === EVALUATION_FORM_ID)
    .map((r) => ({ eventId, answers: ((r.payload as Submission).answers ?? {}) as Record<string, unknown> }));
  const satisfaction = emptySatisfaction();
  for (const row of evaluationFactsOf(evaluations)) addEvaluation(satisfaction, row);
  return {
    records: ofEvent.length,
    attendance: {
      total: attendance.total,
      consented: attendance.consented,
      anonymous: attendance.anonymous,
      duplicatesOfflineAdmitted: attendance.duplicatesOfflineAdmitted,
      unreadableCheckIns: attendance.unreadableCheckIns,
      arrivals: withEmptyBuckets(attendance.arrivals),
      breakdowns: attendance.breakdowns,
    },
    satisfaction: summariseSatisfaction(satisfaction),
  };
}
