import { ATTENDANCE_REGISTRATION_KIND } from '../../core/passes';
import type { EventDocument } from '../../core/events';
import { attendanceFactsOf, categoryOrderOf, evaluationFactsOf, EVALUATION_FORM_ID } from '../../core/indicators/adapters';
import type { Dimension } from '../../core/indicators/dimensions';
import { aggregateEventAttendance } from '../../core/indicators/event-attendance';
import type { PublishedBreakdown, PublishedCount } from '../../core/indicators/publish-breakdown';
import { publishAttendance } from '../../core/indicators/publish-summary';
import { withEmptyBuckets, type ArrivalBucket } from '../../core/indicators/quarter-hours';
import { addEvaluation, emptySatisfaction, summariseSatisfaction, type SatisfactionSummary } from '../../core/indicators/satisfaction-tally';
import { ESCUCHADERO_FORM_ID } from '../../core/records/registry';
import { attendanceReport } from '../attendance/attendance-report';
import { CHECK_IN_KINDS } from '../attendance/stored-check-in';
import { clockAt } from '../escuchadero/entry-view';
import { escuchaderoReport, type EscuchaderoReport } from './escuchadero-report';
import { eventFormResults, type EventFormResults } from './form-reports';
import { publishedCount } from './published-count';
import { escuchaderoOrders, type ReportDeps } from './report-deps';

export interface EventReport {
  event: Pick<EventDocument, 'id' | 'name' | 'type' | 'murcStage' | 'territory' | 'startsAt' | 'endsAt' | 'status' | 'expectedAttendance'>;
  /** Server clock: escuchadero waiting and overdue are as of this instant. */
  asOf: string;
  attendance: {
    /** People admitted: check-ins minus offline duplicates; = consented + anonymous. */
    total: number;
    consented: number;
    anonymous: number;
    duplicatesOfflineAdmitted: number;
    unreadableCheckIns: number;
    /** Quarter hours on Colombia's clock (America/Bogota, UTC−05:00); empty ones in between filled in when the span is a day or less. */
    arrivals: readonly ArrivalBucket[];
    /** Sensitive variables with small cells suppressed (core publishBreakdown); base = consented. */
    breakdowns: Record<Dimension, PublishedBreakdown>;
  };
  accessibility: {
    /** Requests of consented attendees at the door (the accessibilityNeed breakdown). */
    requests: PublishedBreakdown;
    /** Ley 982 de 2005, counting pre-registrations and the door, each person once. 1–4 are suppressed. */
    interpreters: {
      people: PublishedCount;
      lsc: PublishedCount;
      guideInterpreter: PublishedCount;
      threshold: number;
      thresholdReached: boolean;
      lscInterpreterBooked: boolean;
    };
  };
  satisfaction: SatisfactionSummary;
  forms: EventFormResults;
  escuchadero: EscuchaderoReport;
}

/**
 * Every indicator of one event. No authentication yet: when roles arrive (later issue) this belongs to
 * the planning office; it holds no names, and sensitive cells are suppressed so it may be shown beyond.
 */
export async function eventReport(deps: ReportDeps, event: EventDocument): Promise<EventReport> {
  const now = deps.now();
  const ids = [event.id];
  const c = deps.catalogues;
  const [records, submissions, entries] = await Promise.all([
    deps.reports.eventRecords(ids, [...CHECK_IN_KINDS, ATTENDANCE_REGISTRATION_KIND]),
    deps.reports.submissions(ids),
    deps.reports.escuchaderoEntries(ESCUCHADERO_FORM_ID, ids),
  ]);

  const facts = attendanceFactsOf(records, { lifeStages: c.lifeStages });
  const attendance = publishAttendance(aggregateEventAttendance(event.id, facts, { categories: categoryOrderOf(c) }));
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
    forms: eventFormResults(deps.forms, submissions, c, event.id),
    escuchadero: escuchaderoReport(entries, clockAt(now, deps.holidays), now.getTime(), escuchaderoOrders(deps)),
  };
}
