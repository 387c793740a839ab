import { lazy } from 'solid-js';
import { pathPattern, type RouteEntry } from '../route-table';
import { OFFICE } from '../../state/viewer';

/** Sign-in, first-run setup, device enrollment and administration (issue 5); each screen loads when visited. */
export const authRoutes: RouteEntry[] = [
  { match: pathPattern('/ingresar'), component: lazy(() => import('./login-route')), title: 'auth.login.title' },
  { match: pathPattern('/configuracion-inicial'), component: lazy(() => import('./setup-route')), title: 'auth.setup.title' },
  { match: pathPattern('/enrolar'), component: lazy(() => import('./enroll-route')), title: 'auth.enroll.title' },
  {
    match: pathPattern('/administracion/dispositivos'),
    component: lazy(() => import('./devices-route')),
    title: 'auth.devices.title',
    nav: { href: '/administracion/dispositivos', label: 'auth.nav.admin', for: OFFICE },
  },
  { match: pathPattern('/administracion/usuarios'), component: lazy(() => import('./users-route')), title: 'auth.users.title' },
  // Entity settings (issue 13): name, logo, territories, plan, dependencies, habeas-data notice.
  { match: pathPattern('/administracion/configuracion'), component: lazy(() => import('./settings-route')), title: 'settings.title' },
];
