/**
 * Signs tests in, over plain HTTP like any client (no vitest imports: integration and e2e both use it).
 * Contract: /tmp/cabildo/AUTH_CONTRACT.md; server side in src/server/auth.
 */
export type StaffRole = 'administrador' | 'planeacion' | 'campo' | 'consulta';

export interface StaffSession {
  email: string;
  password: string;
  /** "cabildo_session=…", ready for a Cookie header. */
  cookie: string;
  role: StaffRole;
  userId: string;
  /** Cookie and JSON content type (the server refuses cookie-authenticated writes without it). */
  headers(): Record<string, string>;
}

export interface EnrolledDevice {
  deviceId: string;
  credential: string;
  eventIds: string[];
  headers(): Record<string, string>;
}

export interface EnrollOptions {
  eventIds?: string[];
  deviceId?: string;
  label?: string;
}

const JSON_TYPE = { 'content-type': 'application/json' };
const uniqueSuffix = () => `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}`;

async function expectStatus(response: Response, status: number, what: string): Promise<unknown> {
  const text = await response.text();
  if (response.status !== status) throw new Error(`${what}: respondió ${response.status} ${text}`);
  return text === '' ? undefined : (JSON.parse(text) as unknown);
}

function sessionCookie(response: Response): string {
  const cookie = response.headers.getSetCookie().find((c) => c.startsWith('cabildo_session='));
  if (!cookie) throw new Error('La respuesta no trae la cookie cabildo_session');
  return cookie.split(';')[0]!;
}

const staffSession = (email: string, password: string, cookie: string, role: StaffRole, userId: string): StaffSession => ({
  email,
  password,
  cookie,
  role,
  userId,
  headers: () => ({ cookie, ...JSON_TYPE }),
});

/** The token of a setup link, found in the link itself or in the server's printed output. */
export function setupTokenOf(setupUrlOrServerOutput: string): string {
  const token = /configuracion-inicial#token=([A-Za-z0-9_-]+)/.exec(setupUrlOrServerOutput)?.[1];
  if (!token) throw new Error('No se encontró el enlace de configuración inicial');
  return token;
}

/** Completes first-run setup: the first administrator, signed in. */
export async function setupAdmin(baseUrl: string, setupUrlOrServerOutput: string): Promise<StaffSession> {
  const email = `admin-${uniqueSuffix()}@cabildo.test`;
  const password = 'contraseña-de-prueba-1';
  const response = await fetch(`${baseUrl}/api/v1/setup`, {
    method: 'POST',
    headers: JSON_TYPE,
    body: JSON.stringify({ token: setupTokenOf(setupUrlOrServerOutput), email, name: 'Administración de pruebas', password }),
  });
  const body = (await expectStatus(response.clone(), 201, 'POST /api/v1/setup')) as { user: { id: string } };
  return staffSession(email, password, sessionCookie(response), 'administrador', body.user.id);
}

/** Signs in with email and password. */
export async function signIn(baseUrl: string, email: string, password: string, role: StaffRole): Promise<StaffSession> {
  const response = await fetch(`${baseUrl}/api/v1/session`, { method: 'POST', headers: JSON_TYPE, body: JSON.stringify({ email, password }) });
  const body = (await expectStatus(response.clone(), 200, 'POST /api/v1/session')) as { user: { id: string } };
  return staffSession(email, password, sessionCookie(response), role, body.user.id);
}

/** A new staff account with this role (created by an administrator), signed in. */
export async function createStaff(baseUrl: string, admin: StaffSession, role: StaffRole): Promise<StaffSession> {
  const email = `${role}-${uniqueSuffix()}@cabildo.test`;
  const password = `clave-${role}-de-prueba`;
  const response = await fetch(`${baseUrl}/api/v1/users`, {
    method: 'POST',
    headers: admin.headers(),
    body: JSON.stringify({ email, name: `Persona ${role}`, password, role }),
  });
  await expectStatus(response, 201, 'POST /api/v1/users');
  return signIn(baseUrl, email, password, role);
}

/** An enrollment link as the QR shows it: "<origin>/enrolar#token=…". */
export async function createEnrollmentUrl(baseUrl: string, staff: StaffSession, opts: EnrollOptions = {}): Promise<string> {
  const response = await fetch(`${baseUrl}/api/v1/devices/enrollments`, {
    method: 'POST',
    headers: staff.headers(),
    body: JSON.stringify({ label: opts.label ?? 'Teléfono de pruebas', eventIds: opts.eventIds ?? [] }),
  });
  const body = (await expectStatus(response, 201, 'POST /api/v1/devices/enrollments')) as { url: string };
  return body.url;
}

/** Enrolls a device (as a phone scanning the QR would) and returns its credential. */
export async function enrollDevice(baseUrl: string, staff: StaffSession, opts: EnrollOptions = {}): Promise<EnrolledDevice> {
  const url = await createEnrollmentUrl(baseUrl, staff, opts);
  const token = /#token=([A-Za-z0-9_-]+)/.exec(url)![1]!;
  const deviceId = opts.deviceId ?? `dispositivo-${uniqueSuffix()}`;
  const response = await fetch(`${baseUrl}/api/v1/devices/enroll`, {
    method: 'POST',
    headers: JSON_TYPE,
    body: JSON.stringify({ token, deviceId, ...(opts.label === undefined ? {} : { label: opts.label }) }),
  });
  const body = (await expectStatus(response, 201, 'POST /api/v1/devices/enroll')) as { credential: string; eventIds: string[] };
  return {
    deviceId,
    credential: body.credential,
    eventIds: body.eventIds,
    headers: () => ({ authorization: `Bearer ${body.credential}`, ...JSON_TYPE }),
  };
}
