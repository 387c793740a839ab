import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../../src/server/app';
import { loadSigningKey } from '../../../src/server/keys/signing-key';
import { openSqliteStores } from '../../../src/server/store/sqlite/open-sqlite-stores';
import { createStaff, enrollDevice, type EnrolledDevice, type StaffSession } from '../../support/auth-bootstrap';
import { startAuthedServer, type AuthedServer } from '../support/authed-server';
import { attendanceRecord, pushBody } from '../support/attendance-records';
import { createEvent } from './authed-fixtures';
import { CALLERS, EVENT_ID, expectationsOf, MATRIX, TARGET_DEVICE, type Caller, type MatrixRow } from './authorization-matrix';
import { NOT_API_ROUTES } from '../../../src/server/auth/route-matcher';

// Middleware, the /api 404 and the static files: not API routes, nothing to authorize.
// Besides the middleware and static files: the public HTML pages /rendicion, outside /api (no session by design,
// tests/server/publication/public-pages.test.ts).
// Middleware, 404s and static files: the same list the app checks its policies against.
const NOT_API = NOT_API_ROUTES;

async function registeredRoutes(): Promise<string[]> {
  const dir = await mkdtemp(join(tmpdir(), 'cabildo-routes-'));
  const stores = await openSqliteStores(join(dir, 'cabildo.sqlite'));
  try {
    const app = createApp({ stores, signingKey: await loadSigningKey(dir), staticDir: dir, version: 'test' });
    return [...new Set(app.routes.map((r) => `${r.method} ${r.path}`))].filter((r) => !NOT_API.has(r));
  } finally {
    await stores.close();
    await rm(dir, { recursive: true, force: true });
  }
}

describe('authorization matrix', () => {
  it('has an entry for every route the app registers, and none for a route that does not exist', async () => {
    const routes = await registeredRoutes();
    const listed = MATRIX.map((row) => `${row.method} ${row.route}`);
    expect(routes.filter((r) => !listed.includes(r)), 'routes missing from tests/server/auth/authorization-matrix.ts').toEqual([]);
    expect(listed.filter((r) => !routes.includes(r)), 'matrix rows for routes that do not exist').toEqual([]);
    expect(new Set(listed).size).toBe(listed.length);
  });

  describe('each route answered to each caller', () => {
    let server: AuthedServer;
    let staff: Record<'administrador' | 'planeacion' | 'campo' | 'consulta', StaffSession>;
    let revoked: EnrolledDevice;
    let loginTarget: StaffSession;

    beforeAll(async () => {
      server = await startAuthedServer({ auth: { rateLimits: { login: { limit: 10_000, windowSeconds: 60 }, setup: { limit: 10_000, windowSeconds: 60 } } } });
      const [planeacion, campo, consulta, target] = await Promise.all(
        (['planeacion', 'campo', 'consulta', 'consulta'] as const).map((role) => createStaff(server.url, server.admin, role)),
      );
      staff = { administrador: server.admin, planeacion: planeacion!, campo: campo!, consulta: consulta! };
      loginTarget = target!;
      revoked = await enrollDevice(server.url, server.admin, { deviceId: 'matriz-revocado' });
      await fetch(`${server.url}/api/v1/devices/matriz-revocado/revoke`, { method: 'POST', headers: server.admin.headers() });
      await enrollDevice(server.url, server.admin, { deviceId: TARGET_DEVICE });
      await createEvent(server.url, server.admin, EVENT_ID);
      // A campo account touches only its assigned events (issue 12): the matrix's campo works the matrix event.
      const assigned = await fetch(`${server.url}/api/v1/users/${campo!.userId}/events`, { method: 'PUT', headers: server.admin.headers(), body: JSON.stringify({ eventIds: [EVENT_ID] }) });
      expect(assigned.status).toBe(200);
    });
    afterAll(() => server.dispose());

    const headersOf = (caller: Caller): Record<string, string> => {
      if (caller === 'none') return { 'content-type': 'application/json' };
      if (caller === 'device') return server.device.headers();
      if (caller === 'revoked') return revoked.headers();
      return staff[caller].headers();
    };

    const bodyOf = (row: MatrixRow): string | undefined => {
      const body = row.request.body;
      if (body === undefined) return undefined;
      if (body === 'LOGIN') return JSON.stringify({ email: loginTarget.email, password: loginTarget.password });
      if (body === 'ATTENDANCE_PUSH') return pushBody([attendanceRecord({}, { eventId: EVENT_ID })]);
      return JSON.stringify(typeof body === 'function' ? (body as () => unknown)() : body);
    };

    // Signing out ends the callers' sessions: those rows run last.
    const rows = [...MATRIX].sort((a, b) => Number(a.method === 'DELETE' && a.route === '/api/v1/session') - Number(b.method === 'DELETE' && b.route === '/api/v1/session'));

    it.each(rows.map((row) => [`${row.method} ${row.route}`, row] as const))('%s', async (_name, row) => {
      const expected = expectationsOf(row);
      const seen: Record<string, number> = {};
      for (const caller of CALLERS) {
        const path = row.request.path.replace('TARGET_USER', loginTarget.userId);
        const response = await fetch(`${server.url}${path}`, { method: row.method, headers: headersOf(caller), body: bodyOf(row) });
        await response.arrayBuffer();
        seen[caller] = response.status;
      }
      const classOf = (status: number) => (status === 401 ? '401' : status === 403 ? '403' : status >= 500 || status === 429 ? `bad ${status}` : 'ok');
      expect(Object.fromEntries(CALLERS.map((c) => [c, classOf(seen[c]!)])), JSON.stringify(seen)).toEqual(expected);
    });
  });
});
