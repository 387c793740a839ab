import { publishAttendance } from '../../core/indicators/publish-summary';
import type { PeriodData } from './period-inputs';
import type { DatePeriod } from './period-query';
import type { DashboardEvent, PeriodDashboard } from '../../core/indicators/report-wire';

export type { DashboardEvent, PeriodDashboard };



/**
 * The period's dashboard. Characterisation is published at the period level only: publishing each
 * event's sensitive tables beside their sum would let a reader subtract (see core publish-summary).
 * Note the event report (GET /reports/events/:id) publishes the event level; both are planning-office
 * views (staff, consulta included), and open data publishes per event only.
 */
export function periodDashboard(period: DatePeriod, { report, events, interpreterAlerts }: PeriodData): PeriodDashboard {
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
    interpreterAlerts,
  };
}
