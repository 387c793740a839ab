import { lazy, type Component } from 'solid-js';
import type { MessageKey, TextArea } from '../i18n';
import { DOOR, type Viewer } from '../state/viewer';
import { doorRoutes } from './door/door-routes';
import { formsRoutes } from './forms/forms-routes';
import { reportsRoutes } from './reports/reports-routes';
import { authRoutes } from './auth/auth-routes';
import { commitmentsRoutes } from './commitments/commitments-routes';

/** A screen: which paths it answers (returning its params), its title, and whether it shows in the nav. */
export interface RouteEntry {
  match: (path: string) => Record<string, string> | undefined;
  component: Component<{ params: Record<string, string> }>;
  title: MessageKey;
  /** In the menu; `for` lists who sees it (everyone when absent): an administrator never sees citizens' pages. */
  nav?: { href: string; label: MessageKey; for?: readonly Viewer[] };
  /** Full-screen routes (kiosk, citizen forms) hide the staff header and navigation. */
  bare?: boolean;
  /** A citizen's page: the shell's texts are enough (the staff areas' texts are never loaded for it). */
  citizen?: boolean;
  /** A citizen's page's own texts, loaded before it shows (the kiosk's, those of "Mis preguntas"). */
  texts?: TextArea;
  /** Public reads the page makes before it can show: the shell asks them alongside its code (main.tsx). */
  reads?: readonly string[];
}

/** Exact path, or a pattern with ":name" segments ("/eventos/:id/puerta"). */
export function pathPattern(pattern: string): RouteEntry['match'] {
  const parts = pattern.split('/');
  return (path) => {
    const actual = path.split('/');
    if (actual.length !== parts.length) return undefined;
    const params: Record<string, string> = {};
    for (let i = 0; i < parts.length; i++) {
      const want = parts[i]!;
      const got = actual[i]!;
      if (want.startsWith(':')) {
        if (got === '') return undefined;
        params[want.slice(1)] = decodeURIComponent(got);
      } else if (want !== got) return undefined;
    }
    return params;
  };
}

const anyOf = (...paths: string[]): RouteEntry['match'] => (path) => (paths.includes(path) ? {} : undefined);

// Every screen loads when visited (precached for offline); main.tsx starts the first screen's load with the shell's,
// so the home screen costs no extra round trip and a citizen's phone never downloads the staff home.
const coreRoutes: RouteEntry[] = [
  {
    match: anyOf('/', '/index.html'),
    component: lazy(() => import('./home-route')),
    title: 'home.title',
    nav: { href: '/', label: 'nav.home' },
  },
  // The v1 attendance form (one default event) is retired from the menu and the home screen; its address
  // stays so a device with an unsent v1 record can still open it, and its records still read and report.
  {
    match: anyOf('/asistencia'),
    component: lazy(() => import('./attendance-route')),
    title: 'attendance.title',
  },
  {
    match: anyOf('/atencion'),
    component: lazy(() => import('./attention-route')),
    title: 'attention.title',
    nav: { href: '/atencion', label: 'nav.attention', for: DOOR },
  },
];

const aboutRoute: RouteEntry = {
  match: anyOf('/acerca'),
  component: lazy(() => import('./about-route')),
  title: 'about.title',
  nav: { href: '/acerca', label: 'nav.about' },
};

/** Feature route lists are appended here; "about" stays last in the navigation. */
export const routeTable: RouteEntry[] = [...coreRoutes, ...doorRoutes, ...formsRoutes, ...reportsRoutes, ...commitmentsRoutes, ...authRoutes, aboutRoute];

export function findRoute(path: string): { entry: RouteEntry; params: Record<string, string> } | undefined {
  for (const entry of routeTable) {
    const params = entry.match(path);
    if (params) return { entry, params };
  }
  return undefined;
}
