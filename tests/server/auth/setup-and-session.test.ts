import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createStaff, setupAdmin, setupTokenOf, signIn } from '../../support/auth-bootstrap';
import { startTempServer, type TempServer } from '../support/temp-server';
import { startAuthedServer, type AuthedServer } from '../support/authed-server';
import { readStoredRows } from '../support/sqlite-file';

const json = { 'content-type': 'application/json' };

describe('first-run setup and staff sessions', () => {
  let server: TempServer;
  beforeAll(async () => {
    server = await startTempServer();
  });
  afterAll(() => server.dispose());

  it('offers a one-time setup link on an empty database, and creates the first administrator with it', async () => {
    expect(server.setupUrl).toMatch(/\/configuracion-inicial#token=[A-Za-z0-9_-]{43}$/);
    expect(await (await fetch(`${server.url}/api/v1/setup`)).json()).toEqual({ needsSetup: true });

    const wrong = await fetch(`${server.url}/api/v1/setup`, {
      method: 'POST',
      headers: json,
      body: JSON.stringify({ token: 'x'.repeat(43), email: 'a@b.co', name: 'Ana', password: '0123456789' }),
    });
    expect(wrong.status).toBe(401);

    const admin = await setupAdmin(server.url, server.setupUrl!);
    expect(admin.cookie).toMatch(/^cabildo_session=/);
    expect(await (await fetch(`${server.url}/api/v1/setup`)).json()).toEqual({ needsSetup: false });

    const again = await fetch(`${server.url}/api/v1/setup`, {
      method: 'POST',
      headers: json,
      body: JSON.stringify({ token: setupTokenOf(server.setupUrl!), email: 'otra@b.co', name: 'Otra', password: '0123456789' }),
    });
    expect(again.status).toBe(409);
    expect(await again.json()).toMatchObject({ code: 'setup.already_done' });
  });

  it('sets an HttpOnly, SameSite=Strict session cookie and stores only its digest', async () => {
    const [user] = readStoredRows<{ email: string }>(server.dataDir, 'select email from users');
    const login = await fetch(`${server.url}/api/v1/session`, {
      method: 'POST',
      headers: json,
      body: JSON.stringify({ email: user!.email, password: 'contraseña-de-prueba-1' }),
    });
    expect(login.status).toBe(200);
    const cookie = login.headers.getSetCookie()[0]!;
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Strict/);
    expect(cookie).toMatch(/Path=\//);
    expect(cookie).not.toMatch(/Secure/);
    const token = /cabildo_session=([^;]+)/.exec(cookie)![1]!;
    const stored = readStoredRows<{ token_hash: string }>(server.dataDir, 'select token_hash from sessions');
    expect(stored.map((s) => s.token_hash)).not.toContain(token);
    const hashes = readStoredRows<{ password_hash: string }>(server.dataDir, 'select password_hash from users');
    expect(hashes[0]!.password_hash).toMatch(/^scrypt\$32768\$8\$1\$/);
  });

  it('answers the same problem for an unknown email and a wrong password', async () => {
    const [user] = readStoredRows<{ email: string }>(server.dataDir, 'select email from users');
    const attempts = [
      { email: user!.email, password: 'no-es-la-clave' },
      { email: 'nadie@cabildo.test', password: 'no-es-la-clave' },
    ];
    const answers = await Promise.all(
      attempts.map(async (body) => {
        const response = await fetch(`${server.url}/api/v1/session`, { method: 'POST', headers: json, body: JSON.stringify(body) });
        return { status: response.status, body: await response.json() };
      }),
    );
    expect(answers[0]).toEqual(answers[1]);
    expect(answers[0]!.status).toBe(401);
    expect(answers[0]!.body).toMatchObject({ code: 'auth.invalid_credentials' });
  });

  it('tells who is signed in, signs out, and refuses a disabled account', async () => {
    const [user] = readStoredRows<{ email: string }>(server.dataDir, "select email from users where role = 'administrador'");
    const admin = await signIn(server.url, user!.email, 'contraseña-de-prueba-1', 'administrador');
    const me = await fetch(`${server.url}/api/v1/session`, { headers: admin.headers() });
    expect(await me.json()).toMatchObject({ user: { email: user!.email, role: 'administrador' } });

    const campo = await createStaff(server.url, admin, 'campo');
    const disable = await fetch(`${server.url}/api/v1/users/${campo.userId}`, { method: 'PATCH', headers: admin.headers(), body: JSON.stringify({ disabled: true }) });
    expect(disable.status).toBe(200);
    expect((await fetch(`${server.url}/api/v1/session`, { headers: campo.headers() })).status).toBe(401);
    await expect(signIn(server.url, campo.email, campo.password, 'campo')).rejects.toThrow(/401/);

    const out = await fetch(`${server.url}/api/v1/session`, { method: 'DELETE', headers: admin.headers() });
    expect(out.status).toBe(204);
    expect(out.headers.getSetCookie()[0]).toMatch(/cabildo_session=;/);
    expect((await fetch(`${server.url}/api/v1/session`, { headers: admin.headers() })).status).toBe(401);
  });

  it('refuses a cookie-authenticated write that is not JSON (CSRF)', async () => {
    const [user] = readStoredRows<{ email: string }>(server.dataDir, "select email from users where role = 'administrador'");
    const admin = await signIn(server.url, user!.email, 'contraseña-de-prueba-1', 'administrador');
    const response = await fetch(`${server.url}/api/v1/users`, {
      method: 'POST',
      headers: { cookie: admin.cookie, 'content-type': 'text/plain' },
      body: JSON.stringify({ email: 'x@y.co', name: 'Equis', password: '0123456789', role: 'consulta' }),
    });
    expect(response.status).toBe(403);
    expect(readStoredRows(server.dataDir, "select id from users where email = 'x@y.co'")).toHaveLength(0);
  });
});

describe('staff accounts', () => {
  let server: AuthedServer;
  beforeAll(async () => {
    server = await startAuthedServer();
  });
  afterAll(() => server.dispose());

  it('creates, lists, renames and changes roles; a role change signs the person out', async () => {
    const consulta = await createStaff(server.url, server.admin, 'consulta');
    const taken = await fetch(`${server.url}/api/v1/users`, {
      method: 'POST',
      headers: server.admin.headers(),
      body: JSON.stringify({ email: consulta.email.toUpperCase(), name: 'Otra', password: '0123456789', role: 'campo' }),
    });
    expect(taken.status).toBe(409);
    const short = await fetch(`${server.url}/api/v1/users`, { method: 'POST', headers: server.admin.headers(), body: JSON.stringify({ email: 'c@d.co', name: 'Corta', password: '123', role: 'campo' }) });
    expect(short.status).toBe(400);

    const patch = await fetch(`${server.url}/api/v1/users/${consulta.userId}`, { method: 'PATCH', headers: server.admin.headers(), body: JSON.stringify({ role: 'planeacion', name: 'Nuevo Nombre' }) });
    expect(await patch.json()).toMatchObject({ user: { id: consulta.userId, role: 'planeacion', name: 'Nuevo Nombre', disabled: false } });
    expect((await fetch(`${server.url}/api/v1/session`, { headers: consulta.headers() })).status).toBe(401);

    const list = (await (await fetch(`${server.url}/api/v1/users`, { headers: server.admin.headers() })).json()) as { users: Record<string, unknown>[] };
    expect(list.users.map((u) => u.role).sort()).toEqual(['administrador', 'planeacion']);
    expect(JSON.stringify(list)).not.toMatch(/scrypt|password/);
  });

  it('keeps the last active administrator', async () => {
    const self = `${server.url}/api/v1/users/${server.admin.userId}`;
    for (const body of [{ role: 'consulta' }, { disabled: true }]) {
      const response = await fetch(self, { method: 'PATCH', headers: server.admin.headers(), body: JSON.stringify(body) });
      expect(response.status).toBe(409);
      expect(await response.json()).toMatchObject({ code: 'user.last_admin' });
    }
    const other = await createStaff(server.url, server.admin, 'administrador');
    const stepDown = await fetch(self, { method: 'PATCH', headers: other.headers(), body: JSON.stringify({ role: 'consulta' }) });
    expect(stepDown.status).toBe(200);
  });
});
