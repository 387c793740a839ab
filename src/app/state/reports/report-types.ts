/** The report screens read the server's answers through the one definition in the core. */
export type {
  DashboardEvent,
  EscuchaderoReport as EventEscuchadero,
  EventReport,
  PeriodDashboard,
  WorkingDays,
} from '../../../core/indicators/report-wire';
