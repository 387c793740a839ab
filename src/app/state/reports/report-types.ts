import type { CountRow } from '../../../core/indicators/count-rows';
import type { Dimension } from '../../../core/indicators/dimensions';
import type { EscuchaderoSummary } from '../../../core/indicators/escuchadero-tally';
import type { PublishedBreakdown, PublishedCount } from '../../../core/indicators/publish-breakdown';
import type { ArrivalBucket } from '../../../core/indicators/quarter-hours';
import type { SatisfactionSummary } from '../../../core/indicators/satisfaction-tally';
import type { TerritoryComparisonRow } from '../../../core/indicators/territory-comparison';
import type { FormResults } from '../forms/staff-api';

/**
 * What GET /api/v1/reports/events/:id and /reports/period answer (src/server/reports/event-report.ts and
 * period-dashboard.ts), written here from the core types so the PWA bundle imports no server code.
 */
export interface WorkingDays {
  entries: number;
  meanWorkingDays: number | null;
  maxWorkingDays: number | null;
}

export interface EventEscuchadero {
  summary: EscuchaderoSummary;
  byType: CountRow[];
  byTopic: CountRow[];
  byStatus: CountRow[];
  waiting: WorkingDays;
  answerTime: WorkingDays;
}

export interface EventReport {
  event: { id: string; name: string; type: string; murcStage: string; territory?: string; startsAt: string; endsAt: string; status: string; expectedAttendance?: number };
  asOf: string;
  attendance: {
    total: number;
    consented: number;
    anonymous: number;
    duplicatesOfflineAdmitted: number;
    unreadableCheckIns: number;
    arrivals: readonly ArrivalBucket[];
    breakdowns: Record<Dimension, PublishedBreakdown>;
  };
  accessibility: {
    requests: PublishedBreakdown;
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
  forms: { evaluation: FormResults | null; prioritisation: FormResults | null; urnas: FormResults[] };
  escuchadero: EventEscuchadero;
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

export interface PeriodDashboard {
  period: { from: string; to: string; timeZone: 'America/Bogota' };
  asOf: string;
  events: { count: number; byType: CountRow[]; byStage: CountRow[]; byTerritory: CountRow[] };
  attendance: {
    total: number;
    consented: number;
    anonymous: number;
    duplicatesOfflineAdmitted: number;
    unreadableCheckIns: number;
    breakdowns: Record<Dimension, PublishedBreakdown>;
  };
  escuchadero: EscuchaderoSummary;
  satisfaction: SatisfactionSummary;
  territories: TerritoryComparisonRow[];
  perEvent: DashboardEvent[];
  leftOut: { events: number; attendance: number; escuchadero: number; evaluations: number };
}
