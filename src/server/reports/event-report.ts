import type { EventDocument } from '../../core/events';
import { attendanceFactsOf, categoryOrderOf, evaluationFactsOf, EVALUATION_FORM_ID } from '../../core/indicators/adapters';
import { aggregateEventAttendance } from '../../core/indicators/event-attendance';
import type { Audience } from '../../core/indicators/publish-breakdown';
import { publishAttendance } from '../../core/indicators/publish-summary';
import { withEmptyBuckets } from '../../core/indicators/quarter-hours';
import { addEvaluation, emptySatisfaction, summariseSatisfaction } from '../../core/indicators/satisfaction-tally';
import { ESCUCHADERO_FORM_ID } from '../../core/records/registry';
import { attendanceReport } from '../attendance/attendance-report';
import { ATTENDANCE_VIEW_KINDS } from '../../core/attendance/attendance-view';
import { clockAt } from '../escuchadero/entry-view';
import { escuchaderoReport } from './escuchadero-report';
import { eventFormResults } from './form-reports';
import { publishedCount } from './published-count';
import { currentTerritories, escuchaderoOrders, type ReportDeps } from './report-deps';
import { territoryWords } from '../../core/catalogues';
import type { EventReport } from '../../core/indicators/report-wire';

export type { EventReport };


/**
 * Every indicator of one event, for staff (consulta included): it holds no names, and small cells are
 * suppressed so it may be shown beyond the planning office (whose audience gets them exact, marked).
 */
export async function eventReport(deps: ReportDeps, event: EventDocument, audience: Audience = 'public'): Promise<EventReport> {
  const now = deps.now();
  const ids = [event.id];
  const c = deps.catalogues;
  const [records, submissions, entries] = await Promise.all([
    deps.reports.eventRecords(ids, ATTENDANCE_VIEW_KINDS),
    deps.reports.submissions(ids),
    deps.reports.escuchaderoEntries(ESCUCHADERO_FORM_ID, ids),
  ]);

  const facts = attendanceFactsOf(records, { lifeStages: c.lifeStages });
  const attendance = publishAttendance(aggregateEventAttendance(event.id, facts, { categories: categoryOrderOf(c) }), { audience });
  const demand = attendanceReport(records, c.accessibilityNeeds).interpreterDemand;

  const satisfaction = emptySatisfaction();
  for (const row of evaluationFactsOf(submissions.filter((s) => s.formId === EVALUATION_FORM_ID))) addEvaluation(satisfaction, row);

  return {
    event: {
      id: event.id,
      name: event.name,
      type: event.type,
      murcStage: event.murcStage,
      territory: event.territory,
      startsAt: event.startsAt,
      endsAt: event.endsAt,
      status: event.status,
      expectedAttendance: event.expectedAttendance,
    },
    asOf: now.toISOString(),
    attendance: {
      total: attendance.total,
      consented: attendance.consented,
      anonymous: attendance.anonymous,
      duplicatesOfflineAdmitted: attendance.duplicatesOfflineAdmitted,
      unreadableCheckIns: attendance.unreadableCheckIns,
      arrivals: withEmptyBuckets(attendance.arrivals),
      breakdowns: attendance.breakdowns,
    },
    accessibility: {
      requests: attendance.breakdowns.accessibilityNeed,
      interpreters: {
        people: publishedCount(demand.people),
        lsc: publishedCount(demand.lsc),
        guideInterpreter: publishedCount(demand.guide),
        threshold: demand.threshold,
        thresholdReached: demand.thresholdReached,
        lscInterpreterBooked: event.lscInterpreterBooked,
      },
    },
    satisfaction: summariseSatisfaction(satisfaction),
    forms: eventFormResults(deps.forms, submissions, c, event.id, territoryWords(currentTerritories(deps))),
    escuchadero: escuchaderoReport(entries, clockAt(now, deps.holidays), now.getTime(), deps.forms.lookup, escuchaderoOrders(deps)),
  };
}
