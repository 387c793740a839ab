import { lazy } from 'solid-js';
import { pathPattern, type RouteEntry } from '../route-table';
import { DOOR } from '../../state/viewer';

/** Events and the door (check-in) screens; all load on first visit (the camera library only at the door). */
export const doorRoutes: RouteEntry[] = [
  {
    match: pathPattern('/eventos'),
    component: lazy(() => import('./events-route')),
    title: 'events.title',
    nav: { href: '/eventos', label: 'events.nav', for: DOOR },
  },
  { match: pathPattern('/eventos/nuevo'), component: lazy(() => import('./event-form-route')), title: 'events.newTitle' },
  { match: pathPattern('/eventos/:id/editar'), component: lazy(() => import('./event-form-route')), title: 'events.editTitle' },
  { match: pathPattern('/eventos/:id/puerta'), component: lazy(() => import('./door-route')), title: 'door.title', bare: true },
  { match: pathPattern('/eventos/:id/cartel'), component: lazy(() => import('./poster-route')), title: 'events.poster', bare: true },
  { match: pathPattern('/eventos/:id/listado'), component: lazy(() => import('./attendance-list-route')), title: 'events.list.title' },
  { match: pathPattern('/eventos/:id/inscripcion'), component: lazy(() => import('./registration-route')), title: 'door.registration.title', bare: true },
  { match: pathPattern('/eventos/:id'), component: lazy(() => import('./event-route')), title: 'events.eventTitle' },
  { match: pathPattern('/pases'), component: lazy(() => import('./passes-route')), title: 'door.passes.title' },
  { match: pathPattern('/pases/:id'), component: lazy(() => import('./pass-route')), title: 'door.passes.passTitle', bare: true },
];
