/**
 * Every API route × every caller → expected answer class. Written by hand (not derived from
 * src/server/auth/route-policies.ts) so a policy change must be made here too, on purpose.
 *
 * Columns: none (no credential) · administrador · planeacion · campo · consulta · device (enrolled, every event)
 * · revoked (a revoked device). `ok` = neither 401 nor 403 (nor 5xx): the caller got past authorization;
 * what the handler then answers (200, 404, 409, 422…) depends on the request and is not the matrix's concern.
 */
export const CALLERS = ['none', 'administrador', 'planeacion', 'campo', 'consulta', 'device', 'revoked'] as const;
export type Caller = (typeof CALLERS)[number];
export type Expected = 'ok' | '401' | '403';

export interface MatrixRequest {
  /** Concrete path (ids from the fixtures the test creates). */
  path: string;
  /** JSON body; a function for bodies that must differ per call (unique emails). */
  body?: unknown;
}

export interface MatrixRow {
  method: string;
  /** The route as Hono registers it (app.routes). */
  route: string;
  request: MatrixRequest;
  /** Seven columns in CALLERS order. */
  expected: string;
}

// Fixtures the test creates before running the rows.
export const EVENT_ID = 'matriz-evento';
export const TARGET_DEVICE = 'matriz-objetivo';
export const FORM_ID = 'escuchadero';
export const DOCUMENT_NUMBER = '99887766';

const PUBLIC = 'ok  ok  ok  ok  ok  ok  401';
const STAFF = '401 ok  ok  ok  ok  403 401';
const STAFF_AND_DEVICES = '401 ok  ok  ok  ok  ok  401';
const WRITERS_AND_DEVICES = '401 ok  ok  ok  403 ok  401';
const PLANNING = '401 ok  ok  403 403 403 401';
const ADMIN = '401 ok  403 403 403 403 401';
const READERS = '401 ok  ok  403 ok  403 401';

const unique = () => `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}`;

export const MATRIX: MatrixRow[] = [
  { method: 'GET', route: '/api/v1/health', request: { path: '/api/v1/health' }, expected: PUBLIC },
  { method: 'GET', route: '/api/v1/keys/signing', request: { path: '/api/v1/keys/signing' }, expected: PUBLIC },
  { method: 'GET', route: '/api/v1/setup', request: { path: '/api/v1/setup' }, expected: PUBLIC },
  { method: 'POST', route: '/api/v1/setup', request: { path: '/api/v1/setup', body: { token: 'x', email: 'a@b.co', name: 'Ana', password: '0123456789' } }, expected: PUBLIC },
  // GET /session answers 401 to whoever is not a staff member: that is its job, not authorization.
  { method: 'GET', route: '/api/v1/session', request: { path: '/api/v1/session' }, expected: '401 ok  ok  ok  ok  401 401' },
  { method: 'POST', route: '/api/v1/session', request: { path: '/api/v1/session', body: 'LOGIN' }, expected: PUBLIC },
  { method: 'DELETE', route: '/api/v1/session', request: { path: '/api/v1/session' }, expected: PUBLIC },
  { method: 'POST', route: '/api/v1/devices/enroll', request: { path: '/api/v1/devices/enroll', body: { token: 'no-existe', deviceId: 'x' } }, expected: PUBLIC },

  // A push of attendance records needs a writer; citizens may push only signed-link form submissions.
  { method: 'POST', route: '/api/v1/sync', request: { path: '/api/v1/sync', body: 'ATTENDANCE_PUSH' }, expected: WRITERS_AND_DEVICES },
  { method: 'GET', route: '/api/v1/pull', request: { path: '/api/v1/pull' }, expected: WRITERS_AND_DEVICES },

  { method: 'GET', route: '/api/v1/events', request: { path: '/api/v1/events' }, expected: STAFF_AND_DEVICES },
  { method: 'GET', route: '/api/v1/public/events/:id', request: { path: `/api/v1/public/events/${EVENT_ID}` }, expected: PUBLIC },
  { method: 'GET', route: '/api/v1/events/:id', request: { path: `/api/v1/events/${EVENT_ID}` }, expected: STAFF_AND_DEVICES },
  { method: 'POST', route: '/api/v1/events', request: { path: '/api/v1/events', body: { id: 'x' } }, expected: PLANNING },
  { method: 'PUT', route: '/api/v1/events/:id', request: { path: `/api/v1/events/${EVENT_ID}`, body: { revision: 99 } }, expected: PLANNING },
  { method: 'POST', route: '/api/v1/events/:id/registrations', request: { path: `/api/v1/events/${EVENT_ID}/registrations`, body: {} }, expected: PUBLIC },
  { method: 'GET', route: '/api/v1/events/:id/attendance', request: { path: `/api/v1/events/${EVENT_ID}/attendance` }, expected: WRITERS_AND_DEVICES },
  { method: 'GET', route: '/api/v1/events/:id/attendance.csv', request: { path: `/api/v1/events/${EVENT_ID}/attendance.csv` }, expected: PLANNING },
  { method: 'GET', route: '/api/v1/events/:id/attendance.xlsx', request: { path: `/api/v1/events/${EVENT_ID}/attendance.xlsx` }, expected: PLANNING },

  { method: 'GET', route: '/api/v1/forms', request: { path: '/api/v1/forms' }, expected: PUBLIC },
  { method: 'GET', route: '/api/v1/forms/:id', request: { path: `/api/v1/forms/${FORM_ID}` }, expected: PUBLIC },
  { method: 'GET', route: '/api/v1/forms/:id/versions', request: { path: `/api/v1/forms/${FORM_ID}/versions` }, expected: PUBLIC },
  { method: 'GET', route: '/api/v1/forms/:id/versions/:version{[1-9][0-9]{0,6}}', request: { path: `/api/v1/forms/${FORM_ID}/versions/1` }, expected: PUBLIC },
  { method: 'POST', route: '/api/v1/forms', request: { path: '/api/v1/forms', body: {} }, expected: PLANNING },
  { method: 'PUT', route: '/api/v1/forms/:id', request: { path: `/api/v1/forms/${FORM_ID}`, body: {} }, expected: PLANNING },
  { method: 'POST', route: '/api/v1/forms/:id/links', request: { path: `/api/v1/forms/${FORM_ID}/links`, body: {} }, expected: PLANNING },
  { method: 'GET', route: '/api/v1/form-links/:formId/:eventId/state', request: { path: `/api/v1/form-links/${FORM_ID}/${EVENT_ID}/state` }, expected: PUBLIC },
  { method: 'GET', route: '/api/v1/form-links', request: { path: `/api/v1/form-links?event=${EVENT_ID}` }, expected: PLANNING },
  { method: 'POST', route: '/api/v1/forms/:id/links/:eventId/close', request: { path: `/api/v1/forms/${FORM_ID}/links/${EVENT_ID}/close`, body: {} }, expected: PLANNING },
  { method: 'GET', route: '/api/v1/forms/:id/results', request: { path: `/api/v1/forms/${FORM_ID}/results` }, expected: STAFF },

  { method: 'GET', route: '/api/v1/escuchadero', request: { path: '/api/v1/escuchadero' }, expected: PLANNING },
  { method: 'GET', route: '/api/v1/escuchadero/status/:code', request: { path: '/api/v1/escuchadero/status/ABCD-2345' }, expected: PUBLIC },
  { method: 'POST', route: '/api/v1/escuchadero/status', request: { path: '/api/v1/escuchadero/status', body: { codes: [] } }, expected: PUBLIC },
  { method: 'POST', route: '/api/v1/escuchadero/:recordId/assign', request: { path: '/api/v1/escuchadero/no-existe/assign', body: {} }, expected: PLANNING },
  { method: 'POST', route: '/api/v1/escuchadero/:recordId/answer', request: { path: '/api/v1/escuchadero/no-existe/answer', body: {} }, expected: PLANNING },
  { method: 'POST', route: '/api/v1/escuchadero/:recordId/close', request: { path: '/api/v1/escuchadero/no-existe/close', body: {} }, expected: PLANNING },

  { method: 'GET', route: '/api/v1/reports/events/:id', request: { path: `/api/v1/reports/events/${EVENT_ID}` }, expected: STAFF },
  { method: 'GET', route: '/api/v1/reports/events/:id/memoria.pdf', request: { path: '/api/v1/reports/events/no-existe/memoria.pdf' }, expected: STAFF },
  { method: 'GET', route: '/api/v1/reports/period', request: { path: '/api/v1/reports/period?from=2026-01-01&to=2026-12-31' }, expected: STAFF },
  { method: 'GET', route: '/api/v1/reports/period.xlsx', request: { path: '/api/v1/reports/period.xlsx?from=2026-01-01&to=2026-12-31' }, expected: STAFF },
  { method: 'GET', route: '/api/v1/open-data/period.csv', request: { path: '/api/v1/open-data/period.csv?from=2026-01-01&to=2026-12-31&table=indicadores' }, expected: PUBLIC },
  { method: 'GET', route: '/api/v1/open-data/dictionary.csv', request: { path: '/api/v1/open-data/dictionary.csv' }, expected: PUBLIC },

  { method: 'GET', route: '/api/v1/commitments', request: { path: `/api/v1/commitments?event=${EVENT_ID}` }, expected: READERS },
  { method: 'GET', route: '/api/v1/commitments/:id', request: { path: '/api/v1/commitments/no-existe' }, expected: READERS },
  { method: 'GET', route: '/api/v1/commitments/:id/history', request: { path: '/api/v1/commitments/no-existe/history' }, expected: READERS },
  { method: 'POST', route: '/api/v1/commitments', request: { path: '/api/v1/commitments', body: {} }, expected: PLANNING },
  { method: 'POST', route: '/api/v1/commitments/:id/updates', request: { path: '/api/v1/commitments/no-existe/updates', body: {} }, expected: PLANNING },

  // Publication on /rendicion: planning chooses; anyone reads what is published (unpublished: 404, not 403).
  { method: 'GET', route: '/api/v1/events/:id/publication', request: { path: `/api/v1/events/${EVENT_ID}/publication` }, expected: PLANNING },
  { method: 'PUT', route: '/api/v1/events/:id/publication', request: { path: `/api/v1/events/${EVENT_ID}/publication`, body: {} }, expected: PLANNING },
  { method: 'PUT', route: '/api/v1/escuchadero/:recordId/publication', request: { path: '/api/v1/escuchadero/no-existe/publication', body: {} }, expected: PLANNING },
  { method: 'GET', route: '/api/v1/public/events', request: { path: '/api/v1/public/events' }, expected: PUBLIC },
  { method: 'GET', route: '/api/v1/public/events/:id/memoria', request: { path: `/api/v1/public/events/${EVENT_ID}/memoria` }, expected: PUBLIC },
  { method: 'GET', route: '/api/v1/public/answers', request: { path: '/api/v1/public/answers' }, expected: PUBLIC },
  { method: 'GET', route: '/api/v1/public/answers/:id', request: { path: '/api/v1/public/answers/no-existe' }, expected: PUBLIC },
  { method: 'GET', route: '/api/v1/public/commitments', request: { path: '/api/v1/public/commitments' }, expected: PUBLIC },
  { method: 'GET', route: '/api/v1/public/open-data/compromisos.csv', request: { path: '/api/v1/public/open-data/compromisos.csv' }, expected: PUBLIC },
  { method: 'GET', route: '/api/v1/public/open-data/compromisos-diccionario.csv', request: { path: '/api/v1/public/open-data/compromisos-diccionario.csv' }, expected: PUBLIC },
  // The /rendicion HTML pages: anyone (their policies only rate-limit).
  { method: 'GET', route: '/rendicion', request: { path: '/rendicion' }, expected: PUBLIC },
  { method: 'GET', route: '/rendicion/eventos/:id', request: { path: '/rendicion/eventos/no-existe' }, expected: PUBLIC },
  { method: 'GET', route: '/rendicion/preguntas/:id', request: { path: '/rendicion/preguntas/no-existe' }, expected: PUBLIC },
  { method: 'GET', route: '/api/v1/settings', request: { path: '/api/v1/settings' }, expected: PUBLIC },
  { method: 'GET', route: '/api/v1/settings/versions', request: { path: '/api/v1/settings/versions' }, expected: PUBLIC },
  { method: 'PUT', route: '/api/v1/settings', request: { path: '/api/v1/settings', body: {} }, expected: ADMIN },

  { method: 'GET', route: '/api/v1/users', request: { path: '/api/v1/users' }, expected: ADMIN },
  { method: 'POST', route: '/api/v1/users', request: { path: '/api/v1/users', body: () => ({ email: `m-${unique()}@cabildo.test`, name: 'Matriz', password: '0123456789', role: 'consulta' }) }, expected: ADMIN },
  { method: 'PATCH', route: '/api/v1/users/:id', request: { path: '/api/v1/users/TARGET_USER', body: { name: 'Nombre nuevo' } }, expected: ADMIN },
  { method: 'GET', route: '/api/v1/users/:id/events', request: { path: '/api/v1/users/TARGET_USER/events' }, expected: PLANNING },
  { method: 'PUT', route: '/api/v1/users/:id/events', request: { path: '/api/v1/users/TARGET_USER/events', body: { eventIds: [EVENT_ID] } }, expected: PLANNING },
  { method: 'POST', route: '/api/v1/devices/enrollments', request: { path: '/api/v1/devices/enrollments', body: { label: 'Matriz', eventIds: [] } }, expected: PLANNING },
  { method: 'GET', route: '/api/v1/devices', request: { path: '/api/v1/devices' }, expected: PLANNING },
  { method: 'PATCH', route: '/api/v1/devices/:id', request: { path: `/api/v1/devices/${TARGET_DEVICE}`, body: { label: 'Puerta norte' } }, expected: PLANNING },
  { method: 'POST', route: '/api/v1/devices/:id/revoke', request: { path: `/api/v1/devices/${TARGET_DEVICE}/revoke` }, expected: ADMIN },
  { method: 'GET', route: '/api/v1/audit', request: { path: '/api/v1/audit' }, expected: ADMIN },
  { method: 'GET', route: '/api/v1/people/:documentNumber', request: { path: `/api/v1/people/${DOCUMENT_NUMBER}` }, expected: ADMIN },
  { method: 'DELETE', route: '/api/v1/people/:documentNumber', request: { path: `/api/v1/people/${DOCUMENT_NUMBER}` }, expected: ADMIN },
];

export function expectationsOf(row: MatrixRow): Record<Caller, Expected> {
  const cells = row.expected.trim().split(/\s+/);
  if (cells.length !== CALLERS.length) throw new Error(`${row.method} ${row.route}: ${cells.length} columnas`);
  return Object.fromEntries(CALLERS.map((caller, i) => [caller, cells[i] as Expected])) as Record<Caller, Expected>;
}
