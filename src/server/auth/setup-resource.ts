import { Hono } from 'hono';
import { setupRequestSchema } from '../../core/auth/accounts';
import { problem } from '../../core/problems/problem';
import { jsonOf, limitBody, requestOf } from '../forms/json-request';
import { requestLanguage } from '../http/request-language';
import { problemResponse } from '../http/problem-response';
import type { AuthStore } from '../store/auth-store';
import type { Audit } from './audit-log';
import { hashPassword } from './passwords';
import { newId, sha256Hex } from './secrets';
import { startSession } from './session-start';
import { userView } from './user-view';

interface SetupDeps {
  store: AuthStore;
  audit: Audit;
  now: () => Date;
}

/** GET /api/v1/setup {needsSetup}; POST with the one-time token printed at first start creates the first administrator. */
export function setupResource(deps: SetupDeps): Hono {
  const resource = new Hono();
  resource.get('/', async (c) => c.json({ needsSetup: (await deps.store.countUsers()) === 0 }));

  resource.post('/', limitBody(8 * 1024), async (c) => {
    const body = await jsonOf(c);
    const request = body.ok ? requestOf(requestLanguage(c), setupRequestSchema, body.value) : body;
    if (!request.ok) return problemResponse(c, request.problem);
    const { token, email, name, password } = request.value;
    if ((await deps.store.countUsers()) > 0) return problemResponse(c, problem('setup.already_done'));
    const at = deps.now();
    const user = { id: newId(), email, name, role: 'administrador' as const, passwordHash: await hashPassword(password), disabledAt: null, createdAt: at.toISOString() };
    const outcome = await deps.store.completeSetup(sha256Hex(token), user);
    if (outcome === 'already_done') return problemResponse(c, problem('setup.already_done'));
    if (outcome === 'token_invalid') {
      await deps.audit({ kind: 'anonymous' }, { action: 'setup', outcome: 'failed' });
      return problemResponse(c, problem('auth.invalid_credentials', { reason: 'setup-token' }));
    }
    await startSession(c, deps.store, user.id, at);
    await deps.audit({ kind: 'user-id', id: user.id }, { action: 'setup', target: user.id });
    return c.json({ user: userView(user) }, 201);
  });
  return resource;
}
