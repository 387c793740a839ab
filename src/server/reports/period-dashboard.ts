import { isSuppressed, SUPPRESSED, type Audience, type PublishedBreakdown } from '../../core/indicators/publish-breakdown';
import { publishAttendance } from '../../core/indicators/publish-summary';
import { MIN_PUBLISHED_COUNT } from '../../core/indicators/small-cells';
import type { TerritoryComparisonRow } from '../../core/indicators/territory-comparison';
import type { PeriodData } from './period-inputs';
import type { DatePeriod } from './period-query';
import { BOGOTA_TIME_ZONE } from '../../core/time';
import type { DashboardEvent, PeriodDashboard, PublishedTerritoryRow } from '../../core/indicators/report-wire';

export type { DashboardEvent, PeriodDashboard };



/**
 * The period's dashboard. Characterisation is published at the period level only: publishing each
 * event's sensitive tables beside their sum would let a reader subtract (see core publish-summary).
 * Note the event report (GET /reports/events/:id) publishes the event level; both are planning-office
 * views (staff, consulta included), and open data publishes per event only.
 */
export function periodDashboard(period: DatePeriod, { report, events, interpreterAlerts, commitments }: PeriodData, audience: Audience = 'public'): PeriodDashboard {
  const attendance = publishAttendance(report.attendance, { audience });
  return {
    period: { from: period.from, to: period.to, timeZone: BOGOTA_TIME_ZONE },
    asOf: report.asOf,
    events: report.events,
    attendance,
    escuchadero: report.escuchadero,
    satisfaction: report.satisfaction,
    territories: report.territories.map((row) => publishTerritoryRow(row, attendance.breakdowns.territory, audience)),
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
    interpreterAlerts,
    ...(commitments ? { commitments } : {}),
  };
}

/**
 * Residents of a territory are the territory breakdown seen from the other side: a cell that table hides
 * (or marks) is hidden (or marked) here too, and any 1–4 left over as well.
 */
function publishTerritoryRow(row: TerritoryComparisonRow, byTerritory: PublishedBreakdown, audience: Audience): PublishedTerritoryRow {
  const cell = byTerritory.cells.find((c) => c.key === row.territory);
  const count = row.residentAttendees;
  const protect = (cell !== undefined && (isSuppressed(cell.value) || cell.notPublishable === true)) || (count > 0 && count < MIN_PUBLISHED_COUNT);
  if (!protect) return { ...row, residentAttendees: count };
  return audience === 'office' ? { ...row, residentAttendees: count, residentsNotPublishable: true } : { ...row, residentAttendees: SUPPRESSED };
}
