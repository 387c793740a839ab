import { lazy } from 'solid-js';
import { installKioskGuard } from '../../state/forms/kiosk-guard';
import { pathPattern, type RouteEntry } from '../route-table';
import { OFFICE } from '../../state/viewer';
import { PUBLIC_READS } from '../../../core/forms/public-reads';

// Before the router reads the address: a device locked as a kiosk never shows another screen.
installKioskGuard();

const anyPattern = (...patterns: string[]): RouteEntry['match'] => {
  const matchers = patterns.map(pathPattern);
  return (path) => matchers.map((m) => m(path)).find((params) => params !== undefined);
};

/** Citizen forms, kiosk, escuchadero inbox and tracking screens (each loads when visited). */
export const formsRoutes: RouteEntry[] = [
  { match: pathPattern('/f/:formId'), component: lazy(() => import('./citizen-form-route')), title: 'forms.citizen.title', bare: true, citizen: true, reads: PUBLIC_READS },
  { match: pathPattern('/kiosco/:formId'), component: lazy(() => import('./kiosk-route')), title: 'kiosk.title', bare: true, citizen: true, texts: 'kiosk' },
  // A citizen's page (reached from the thanks screen): no staff header, menu or session.
  { match: pathPattern('/seguimiento'), component: lazy(() => import('./tracking-route')), title: 'tracking.title', bare: true, citizen: true, texts: 'tracking' },
  {
    match: pathPattern('/formularios'),
    component: lazy(() => import('./forms-list-route')),
    title: 'forms.staff.title',
    nav: { href: '/formularios', label: 'forms.nav', for: OFFICE },
  },
  {
    match: pathPattern('/formularios/:formId/cartel/:eventId/:signature'),
    component: lazy(() => import('./poster-route')),
    title: 'forms.poster.title',
    bare: true,
  },
  {
    match: anyPattern('/formularios/:formId/resultados', '/formularios/:formId/resultados/:eventId'),
    component: lazy(() => import('./results-route')),
    title: 'forms.results.heading',
  },
  {
    match: pathPattern('/escuchadero'),
    component: lazy(() => import('./inbox-route')),
    title: 'inbox.title',
    nav: { href: '/escuchadero', label: 'inbox.nav', for: OFFICE },
  },
];
