import { lazy } from 'solid-js';
import { bogotaToday, periodToPrefetch } from '../../state/reports/period-default';
import { endpoints } from '../../state/reports/report-endpoints';
import { prefetchReport } from '../../state/reports/report-prefetch';
import { pathPattern, type RouteEntry } from '../route-table';
import { REPORTS } from '../../state/viewer';

const eventReport = pathPattern('/eventos/:id/informe');

/**
 * Starts the server's report while the screen's chunk loads (the route is read from the address bar),
 * and chart.js with it: both are ready by the time the server answers.
 */
function prefetchFor(): void {
  void import('../../components/reports/chart-setup');
  const id = eventReport(location.pathname.replace(/\/+$/, ''))?.id;
  if (id !== undefined) prefetchReport(endpoints.eventReport(id));
  else if (location.pathname.startsWith('/informes')) {
    const period = periodToPrefetch(location.search, bogotaToday(Date.now()));
    if (period) prefetchReport(endpoints.period(period.from, period.to));
  }
}

/**
 * The planning office's reports: the period dashboard, one event's report, and two printable documents
 * (bare: no app header, so the page prints as the document). Each loads on first visit; chart.js only
 * when a chart is drawn.
 */
export const reportsRoutes: RouteEntry[] = [
  {
    match: pathPattern('/informes'),
    component: lazy(() => {
      prefetchFor();
      return import('./dashboard-route');
    }),
    title: 'reports.dashboard.title',
    nav: { href: '/informes', label: 'reports.nav', for: REPORTS },
  },
  {
    match: eventReport,
    component: lazy(() => {
      prefetchFor();
      return import('./event-report-route');
    }),
    title: 'reports.event.title',
  },
  { match: pathPattern('/eventos/:id/memoria'), component: lazy(() => import('./memoria-route')), title: 'reports.memoria.title', bare: true },
  {
    match: pathPattern('/eventos/:id/listado/imprimir'),
    component: lazy(() => import('./attendance-print-route')),
    title: 'reports.listado.title',
    bare: true,
  },
];
