import { lazy } from 'solid-js';
import { pathPattern, type RouteEntry } from '../route-table';
import { REPORTS } from '../../state/viewer';

/** Commitments (compromisos, issue 14): the office's list, a new one, and one commitment's page. */
export const commitmentsRoutes: RouteEntry[] = [
  {
    match: pathPattern('/compromisos'),
    component: lazy(() => import('./commitments-route')),
    title: 'commitments.title',
    // Read by the office and consulta (as the API allows); citizens follow commitments on /rendicion.
    nav: { href: '/compromisos', label: 'commitments.nav', for: REPORTS },
  },
  // Before /compromisos/:id, which would otherwise take "nuevo" for an id.
  { match: pathPattern('/compromisos/nuevo'), component: lazy(() => import('./new-commitment-route')), title: 'commitments.form.title' },
  { match: pathPattern('/compromisos/:id'), component: lazy(() => import('./commitment-route')), title: 'commitments.page.title' },
];
