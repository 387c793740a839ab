import type { Role } from '../../core/auth/roles';
import type { RateLimitName } from './rate-limits';

/**
 * Who may call each API route. `roles: 'public'` needs no credential; otherwise a staff session with one of
 * the roles, or (when `devices`) an enrolled device, which acts as 'campo' limited to its events
 * (`eventParam` names the route parameter holding the event id). createApp refuses to start when a
 * registered route has no entry here, and tests/server/auth/authorization-matrix.test.ts checks each one.
 */
export interface RoutePolicy {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  path: string;
  roles: readonly Role[] | 'public';
  devices?: boolean;
  eventParam?: string;
  /** Rate limit per device or staff member; also per IP for anonymous callers unless `anonymousLimit` names another. */
  limit?: RateLimitName;
  anonymousLimit?: RateLimitName;
  /** Audit action written after a successful answer (targets are ids from the path, never personal data). */
  audit?: string;
  auditTarget?: string;
}

const ADMIN: readonly Role[] = ['administrador'];
const PLANNING: readonly Role[] = ['administrador', 'planeacion'];
const WRITERS: readonly Role[] = ['administrador', 'planeacion', 'campo'];
const STAFF: readonly Role[] = ['administrador', 'planeacion', 'campo', 'consulta'];
const READERS: readonly Role[] = ['administrador', 'planeacion', 'consulta'];

export const ROUTE_POLICIES: readonly RoutePolicy[] = [
  // Public: health, the pass-signing public key, first-run setup, sign-in, device enrollment.
  { method: 'GET', path: '/api/v1/health', roles: 'public' },
  { method: 'GET', path: '/api/v1/keys/signing', roles: 'public' },
  { method: 'GET', path: '/api/v1/setup', roles: 'public' },
  { method: 'POST', path: '/api/v1/setup', roles: 'public', limit: 'setup' },
  { method: 'GET', path: '/api/v1/session', roles: 'public' },
  { method: 'POST', path: '/api/v1/session', roles: 'public', limit: 'login' },
  { method: 'DELETE', path: '/api/v1/session', roles: 'public' },
  { method: 'POST', path: '/api/v1/devices/enroll', roles: 'public', limit: 'enroll' },

  // Sync: devices and writing staff; citizens' pushes of signed-link form submissions only (checked in the resource).
  { method: 'POST', path: '/api/v1/sync', roles: 'public', limit: 'sync', anonymousLimit: 'citizenSync' },
  { method: 'GET', path: '/api/v1/pull', roles: WRITERS, devices: true, limit: 'sync' },

  // Events: documents of planning (no personal data) for every staff role and devices; edits by planning.
  { method: 'GET', path: '/api/v1/events', roles: STAFF, devices: true },
  { method: 'GET', path: '/api/v1/events/:id', roles: STAFF, devices: true, eventParam: 'id' },
  { method: 'POST', path: '/api/v1/events', roles: PLANNING, audit: 'event.create' },
  // What a poster already says (name, date, place): public, for the citizen's pages (core/events/public-event.ts);
  // read by every citizen who opens one, so an anonymous read counts as a public page's (in memory, rate-limits.ts).
  { method: 'GET', path: '/api/v1/public/events/:id', roles: 'public', limit: 'tracking', anonymousLimit: 'publicPage' },
  { method: 'PUT', path: '/api/v1/events/:id', roles: PLANNING, audit: 'event.update', auditTarget: 'id' },
  // Pre-registration: citizens register themselves (rate-limited per IP), staff and devices for them.
  { method: 'POST', path: '/api/v1/events/:id/registrations', roles: 'public', limit: 'sync', anonymousLimit: 'registration' },
  // The attendance list has names: planning, and the door staff of the event.
  { method: 'GET', path: '/api/v1/events/:id/attendance', roles: WRITERS, devices: true, eventParam: 'id' },
  { method: 'GET', path: '/api/v1/events/:id/attendance.csv', roles: PLANNING, limit: 'export', audit: 'export.attendance_csv', auditTarget: 'id' },
  { method: 'GET', path: '/api/v1/events/:id/attendance.xlsx', roles: PLANNING, limit: 'export', audit: 'export.attendance_xlsx', auditTarget: 'id' },

  // Forms: definitions are public (a citizen's phone opens a signed poster link); editing is planning's.
  { method: 'GET', path: '/api/v1/forms', roles: 'public' },
  { method: 'GET', path: '/api/v1/forms/:id', roles: 'public' },
  { method: 'GET', path: '/api/v1/forms/:id/versions', roles: 'public' },
  { method: 'GET', path: '/api/v1/forms/:id/versions/:version{[1-9][0-9]{0,6}}', roles: 'public' },
  { method: 'POST', path: '/api/v1/forms', roles: PLANNING, audit: 'form.create' },
  { method: 'PUT', path: '/api/v1/forms/:id', roles: PLANNING, audit: 'form.update', auditTarget: 'id' },
  { method: 'POST', path: '/api/v1/forms/:id/links', roles: PLANNING, audit: 'form.link', auditTarget: 'id' },
  { method: 'GET', path: '/api/v1/forms/:id/results', roles: STAFF, limit: 'report' },
  // Durable links (issue 13): planning lists an event's links and closes one.
  { method: 'GET', path: '/api/v1/form-links', roles: PLANNING },
  { method: 'GET', path: '/api/v1/form-links/:formId/:eventId/state', roles: 'public', limit: 'tracking' },
  { method: 'POST', path: '/api/v1/forms/:id/links/:eventId/close', roles: PLANNING, audit: 'form.link_close', auditTarget: 'id' },

  // Escuchadero: the inbox has contact data (planning); the status by tracking code is the citizen's.
  { method: 'GET', path: '/api/v1/escuchadero', roles: PLANNING },
  { method: 'GET', path: '/api/v1/escuchadero/status/:code', roles: 'public', limit: 'tracking' },
  { method: 'POST', path: '/api/v1/escuchadero/status', roles: 'public', limit: 'tracking' },
  { method: 'POST', path: '/api/v1/escuchadero/:recordId/assign', roles: PLANNING, audit: 'escuchadero.assign', auditTarget: 'recordId' },
  { method: 'POST', path: '/api/v1/escuchadero/:recordId/answer', roles: PLANNING, audit: 'escuchadero.answer', auditTarget: 'recordId' },
  { method: 'POST', path: '/api/v1/escuchadero/:recordId/close', roles: PLANNING, audit: 'escuchadero.close', auditTarget: 'recordId' },

  // Reports: aggregates with suppressed small cells, for every staff role; open data is public. Every one
  // is rate-limited per account (per IP for anonymous open data): each reads a whole event or period.
  { method: 'GET', path: '/api/v1/reports/events/:id', roles: STAFF, limit: 'report' },
  { method: 'GET', path: '/api/v1/reports/period', roles: STAFF, limit: 'report' },
  // The memoria as PDF (issue 13): the server prints the memoria page with the caller's session.
  { method: 'GET', path: '/api/v1/reports/events/:id/memoria.pdf', roles: STAFF, limit: 'export', audit: 'export.memoria_pdf', auditTarget: 'id' },
  { method: 'GET', path: '/api/v1/reports/period.xlsx', roles: STAFF, limit: 'export', audit: 'export.period_xlsx' },
  { method: 'GET', path: '/api/v1/open-data/period.csv', roles: 'public', limit: 'export', anonymousLimit: 'openData' },
  { method: 'GET', path: '/api/v1/open-data/dictionary.csv', roles: 'public', limit: 'export', anonymousLimit: 'openData' },

  // Commitments: planning writes (audited in the resource, with the commitment's id); every staff role but the
  // field staff reads them (a tracking code shows a citizen their own, through the escuchadero status).
  { method: 'GET', path: '/api/v1/commitments', roles: READERS },
  { method: 'GET', path: '/api/v1/commitments/:id', roles: READERS },
  { method: 'GET', path: '/api/v1/commitments/:id/history', roles: READERS },
  { method: 'POST', path: '/api/v1/commitments', roles: PLANNING },
  { method: 'POST', path: '/api/v1/commitments/:id/updates', roles: PLANNING },

  // Publication on /rendicion (issue 14): planning chooses (audited in the resource, with the new state); anyone
  // reads what is published, rate-limited per IP like open data. Unpublished things answer 404.
  { method: 'GET', path: '/api/v1/events/:id/publication', roles: PLANNING },
  { method: 'PUT', path: '/api/v1/events/:id/publication', roles: PLANNING },
  { method: 'PUT', path: '/api/v1/escuchadero/:recordId/publication', roles: PLANNING },
  { method: 'GET', path: '/api/v1/public/events', roles: 'public', limit: 'report', anonymousLimit: 'openData' },
  { method: 'GET', path: '/api/v1/public/events/:id/memoria', roles: 'public', limit: 'report', anonymousLimit: 'openData' },
  { method: 'GET', path: '/api/v1/public/answers', roles: 'public', limit: 'report', anonymousLimit: 'openData' },
  { method: 'GET', path: '/api/v1/public/answers/:id', roles: 'public', limit: 'report', anonymousLimit: 'openData' },
  { method: 'GET', path: '/api/v1/public/commitments', roles: 'public', limit: 'report', anonymousLimit: 'openData' },
  { method: 'GET', path: '/api/v1/public/open-data/compromisos.csv', roles: 'public', limit: 'export', anonymousLimit: 'openData' },
  { method: 'GET', path: '/api/v1/public/open-data/compromisos-diccionario.csv', roles: 'public', limit: 'export', anonymousLimit: 'openData' },
  // The /rendicion HTML pages: anyone, limited per IP (a memoria page builds its event's report).
  { method: 'GET', path: '/rendicion', roles: 'public', limit: 'publicPage' },
  { method: 'GET', path: '/rendicion/eventos/:id', roles: 'public', limit: 'publicPage' },
  { method: 'GET', path: '/rendicion/preguntas/:id', roles: 'public', limit: 'publicPage' },

  // Administration.
  // Entity settings (issue 13): about the entity, never a person, so public to read; saved by an administrador.
  { method: 'GET', path: '/api/v1/settings', roles: 'public' },
  { method: 'GET', path: '/api/v1/settings/versions', roles: 'public' },
  { method: 'PUT', path: '/api/v1/settings', roles: ADMIN },

  { method: 'GET', path: '/api/v1/users', roles: ADMIN },
  { method: 'POST', path: '/api/v1/users', roles: ADMIN },
  { method: 'PATCH', path: '/api/v1/users/:id', roles: ADMIN },
  // The office assigns campo accounts to events (issue 12).
  { method: 'GET', path: '/api/v1/users/:id/events', roles: PLANNING },
  { method: 'PUT', path: '/api/v1/users/:id/events', roles: PLANNING },
  { method: 'POST', path: '/api/v1/devices/enrollments', roles: PLANNING },
  { method: 'GET', path: '/api/v1/devices', roles: PLANNING },
  { method: 'POST', path: '/api/v1/devices/:id/revoke', roles: ADMIN },
  // Names, not hex ids: the office that enrolls a device may rename it (audited in the resource).
  { method: 'PATCH', path: '/api/v1/devices/:id', roles: PLANNING },
  { method: 'GET', path: '/api/v1/audit', roles: ADMIN },
  { method: 'GET', path: '/api/v1/people/:documentNumber', roles: ADMIN },
  { method: 'DELETE', path: '/api/v1/people/:documentNumber', roles: ADMIN },
];
