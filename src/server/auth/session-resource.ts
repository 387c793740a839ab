import { Hono } from 'hono';
import { loginRequestSchema } from '../../core/auth/accounts';
import { problem } from '../../core/problems/problem';
import { jsonOf, limitBody, requestOf } from '../forms/json-request';
import { requestLanguage } from '../http/request-language';
import { problemResponse } from '../http/problem-response';
import type { AuthStore } from '../store/auth-store';
import type { Audit } from './audit-log';
import { principalOf } from './authorize';
import { verifyAgainstDecoy, verifyPassword } from './passwords';
import { clearSessionCookie } from './session-cookie';
import { startSession } from './session-start';
import { userView } from './user-view';

interface SessionDeps {
  store: AuthStore;
  audit: Audit;
  now: () => Date;
}

/**
 * POST /api/v1/session signs in (same answer for an unknown email and a wrong password; audited without the
 * email), GET tells who is signed in, DELETE signs out.
 */
export function sessionResource(deps: SessionDeps): Hono {
  const resource = new Hono();

  resource.get('/', (c) => {
    const principal = principalOf(c);
    if (principal?.kind !== 'user') return problemResponse(c, problem('auth.required'));
    return c.json({ user: userView(principal.user) });
  });

  resource.post('/', limitBody(8 * 1024), async (c) => {
    const body = await jsonOf(c);
    const request = body.ok ? requestOf(requestLanguage(c), loginRequestSchema, body.value) : body;
    if (!request.ok) return problemResponse(c, request.problem);
    const user = await deps.store.userByEmail(request.value.email);
    const valid = user ? await verifyPassword(request.value.password, user.passwordHash) : await verifyAgainstDecoy(request.value.password);
    if (!user || !valid || user.disabledAt !== null) {
      await deps.audit(user ? { kind: 'user-id', id: user.id } : { kind: 'anonymous' }, { action: 'login', outcome: 'failed' });
      return problemResponse(c, problem('auth.invalid_credentials'));
    }
    await startSession(c, deps.store, user.id, deps.now());
    await deps.audit({ kind: 'user-id', id: user.id }, { action: 'login' });
    return c.json({ user: userView(user) });
  });

  resource.delete('/', async (c) => {
    const principal = principalOf(c);
    if (principal?.kind === 'user') {
      await deps.store.deleteSession(principal.sessionHash);
      await deps.audit(principal, { action: 'logout' });
    }
    clearSessionCookie(c);
    return c.body(null, 204);
  });
  return resource;
}
