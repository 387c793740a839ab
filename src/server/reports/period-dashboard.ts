import type { CountRow } from '../../core/indicators/count-rows';
import type { EscuchaderoSummary } from '../../core/indicators/escuchadero-tally';
import type { PeriodReport } from '../../core/indicators/period-report';
import { publishAttendance, type PublishedAttendance } from '../../core/indicators/publish-summary';
import type { SatisfactionSummary } from '../../core/indicators/satisfaction-tally';
import type { TerritoryComparisonRow } from '../../core/indicators/territory-comparison';
import type { PeriodData } from './period-inputs';
import type { DatePeriod } from './period-query';

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

export interface PeriodDashboard {
  /** Whole days on Colombia's clock, both included. */
  period: { from: string; to: string; timeZone: 'America/Bogota' };
  asOf: string;
  events: { count: number; byType: CountRow[]; byStage: CountRow[]; byTerritory: CountRow[] };
  /** Sums over the period's events; sensitive cells suppressed at this (period) level. */
  attendance: PublishedAttendance;
  escuchadero: EscuchaderoSummary;
  satisfaction: SatisfactionSummary;
  territories: TerritoryComparisonRow[];
  /** In order of start: counts only, no breakdowns (see below). */
  perEvent: DashboardEvent[];
  leftOut: PeriodReport['leftOut'];
}

/**
 * The period's dashboard. Characterisation is published at the period level only: publishing each
 * event's sensitive tables beside their sum would let a reader subtract (see core publish-summary).
 * Note the event report (GET /reports/events/:id) publishes the event level; both are planning-office
 * views today (no authentication yet, roles come in a later issue), and open data publishes per event only.
 */
export function periodDashboard(period: DatePeriod, { report, events }: PeriodData): PeriodDashboard {
  return {
    period: { from: period.from, to: period.to, timeZone: 'America/Bogota' },
    asOf: report.asOf,
    events: report.events,
    attendance: publishAttendance(report.attendance),
    escuchadero: report.escuchadero,
    satisfaction: report.satisfaction,
    territories: report.territories,
    perEvent: report.perEvent.map(({ event, attendance, escuchadero, satisfaction }) => ({
      eventId: event.eventId,
      name: events.get(event.eventId)?.name ?? event.eventId,
      startsAt: event.startsAt,
      type: event.type,
      murcStage: event.murcStage,
      territory: event.territory,
      status: events.get(event.eventId)?.status ?? 'planned',
      attendance: {
        total: attendance.total,
        consented: attendance.consented,
        anonymous: attendance.anonymous,
        duplicatesOfflineAdmitted: attendance.duplicatesOfflineAdmitted,
      },
      escuchadero,
      satisfaction,
    })),
    leftOut: report.leftOut,
  };
}
