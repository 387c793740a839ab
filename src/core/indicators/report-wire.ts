import type { CommitmentTally } from '../commitments';
import type { EventDocument } from '../events';
import type { FormResults } from '../forms/form-results-wire';
import type { CountRow } from './count-rows';
import type { Dimension } from './dimensions';
import type { EscuchaderoSummary } from './escuchadero-tally';
import type { PeriodReport } from './period-report';
import type { PublishedBreakdown, PublishedCount } from './publish-breakdown';
import type { PublishedAttendance } from './publish-summary';
import type { ArrivalBucket } from './quarter-hours';
import type { SatisfactionSummary } from './satisfaction-tally';
import type { TerritoryComparisonRow } from './territory-comparison';
import type { BOGOTA_TIME_ZONE } from '../time';

/*
 * What GET /api/v1/reports/events/:id and /reports/period answer: computed by src/server/reports, read by
 * the PWA's report screens. One definition for both sides of the wire.
 */

export interface WorkingDays {
  entries: number;
  meanWorkingDays: number | null;
  maxWorkingDays: number | null;
}

/** An event's escuchadero as counts: no message text and no contact data. */
export interface EscuchaderoReport {
  /** received = answered + pending + overdue, as of the report's asOf (see core escuchadero-tally). */
  summary: EscuchaderoSummary;
  byType: CountRow[];
  byTopic: CountRow[];
  byStatus: CountRow[];
  /** Entries still without an answer: working days since receipt, up to today. */
  waiting: WorkingDays;
  /** Answered entries: working days from receipt to the answer. */
  answerTime: WorkingDays;
}

/** An event's forms, question by question (the forms results code), sorted by what each form is for. */
export interface EventFormResults {
  /** null only if the built-in form is missing from the store. */
  evaluation: FormResults | null;
  prioritisation: FormResults | null;
  /**
   * Urnas virtuales: forms copied from the urna-virtual template under ids of their own. A copy does not
   * record its template, so today this is every other form answered at the event.
   */
  urnas: FormResults[];
}

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

export interface DashboardEvent {
  eventId: string;
  name: string;
  startsAt: string;
  type: string;
  murcStage: string;
  territory: string | undefined;
  status: string;
  attendance: { total: number; consented: number; anonymous: number; duplicatesOfflineAdmitted: number };
  escuchadero: EscuchaderoSummary;
  satisfaction: SatisfactionSummary;
}

export interface PublishedTerritoryRow extends Omit<TerritoryComparisonRow, 'residentAttendees'> {
  residentAttendees: PublishedCount;
  /** Office audience: an exact count a public table would hide (see PublishedCell). */
  residentsNotPublishable?: true;
}

export interface PeriodDashboard {
  /** Whole days on Colombia's clock, both included. */
  period: { from: string; to: string; timeZone: typeof BOGOTA_TIME_ZONE };
  asOf: string;
  events: { count: number; byType: CountRow[]; byStage: CountRow[]; byTerritory: CountRow[] };
  /** Sums over the period's events; sensitive cells suppressed at this (period) level. */
  attendance: PublishedAttendance;
  escuchadero: EscuchaderoSummary;
  satisfaction: SatisfactionSummary;
  /** residentAttendees is a count of people by territory: published like the territory breakdown. */
  territories: PublishedTerritoryRow[];
  /** In order of start: counts only, no breakdowns (see below). */
  perEvent: DashboardEvent[];
  leftOut: PeriodReport['leftOut'];
  /** Events where ten or more people asked for an interpreter (Ley 982), whether one is booked. */
  interpreterAlerts: InterpreterAlert[];
  /** Commitments made at the period's events (by the event, not the due date), standing as of asOf's day. */
  commitments?: CommitmentTally;
}

export interface InterpreterAlert {
  eventId: string;
  name: string;
  /** At or above the threshold (10), so no small-cell concern. */
  people: number;
  booked: boolean;
}
